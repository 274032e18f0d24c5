using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContentGen.Tests.Lsp;

/// <summary>
/// A scripted editor: starts <c>contentgen lsp</c> as a process and speaks the protocol to it over its standard
/// streams, with Content-Length framing, as VS Code or Neovim would. Messages from the server are collected as they
/// arrive; a test waits for a response or for the diagnostics it expects.
/// </summary>
public sealed class LspClient : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly Stream _input;
    private readonly BlockingCollection<JsonObject> _incoming = new();
    private readonly List<JsonObject> _seen = new();
    private readonly StringBuilder _errors = new();
    private readonly Task _reader;
    private int _nextId;

    public LspClient()
    {
        var cli = typeof(LspClient).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ContentGenCli").Value!;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add("lsp");
        _process = Process.Start(start)!;
        _input = _process.StandardInput.BaseStream;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
        _reader = Task.Run(ReadAll);
    }

    /// <summary>What the server wrote to standard error (its log).</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    public static string UriOf(string path) => new Uri(path).AbsoluteUri;

    public JsonObject Initialize(string folder) => Request("initialize", new JsonObject
    {
        ["processId"] = Environment.ProcessId,
        ["rootUri"] = UriOf(folder),
        ["capabilities"] = new JsonObject(),
    });

    /// <summary>Sends a request and returns the whole response (result or error), collecting notifications meanwhile.</summary>
    public JsonObject Request(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return Next(m => m["id"] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.GetValue<int>() == id, $"the response to {method}");
    }

    public void Notify(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public void Open(string path, string text, int version = 1) => Notify("textDocument/didOpen", new JsonObject
    {
        ["textDocument"] = new JsonObject { ["uri"] = UriOf(path), ["languageId"] = "plaintext", ["version"] = version, ["text"] = text },
    });

    /// <summary>An incremental change: replaces the text between two positions (zero-based line, UTF-16 character).</summary>
    public void Change(string path, int version, (int Line, int Character) start, (int Line, int Character) end, string text) => Notify("textDocument/didChange", new JsonObject
    {
        ["textDocument"] = new JsonObject { ["uri"] = UriOf(path), ["version"] = version },
        ["contentChanges"] = new JsonArray(new JsonObject
        {
            ["range"] = new JsonObject { ["start"] = Position(start), ["end"] = Position(end) },
            ["text"] = text,
        }),
    });

    /// <summary>The next diagnostics published for the file that satisfy the condition (earlier ones are passed over).</summary>
    public JsonObject Diagnostics(string path, int? version = null, Func<JsonArray, bool>? condition = null)
    {
        var uri = UriOf(path);
        var message = Next(
            m => m["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && m["params"]!["uri"]!.GetValue<string>() == uri
                && (version is null || m["params"]!["version"]?.GetValue<int>() == version)
                && (condition is null || condition(m["params"]!["diagnostics"]!.AsArray())),
            $"diagnostics for {Path.GetFileName(path)}");
        return message["params"]!.AsObject();
    }

    /// <summary>Every message received so far that was not yet waited for, and stops at none.</summary>
    public IReadOnlyList<JsonObject> Drain(TimeSpan quiet)
    {
        var drained = new List<JsonObject>();
        while (_incoming.TryTake(out var message, quiet))
        {
            drained.Add(message);
        }

        lock (_seen)
        {
            drained.InsertRange(0, _seen);
            _seen.Clear();
        }

        return drained;
    }

    /// <summary>Writes raw bytes, for tests of messages the server must survive.</summary>
    public void SendRaw(byte[] bytes)
    {
        _input.Write(bytes);
        _input.Flush();
    }

    public void SendBody(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        SendRaw([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);
    }

    /// <summary>Sends shutdown and exit (or exit alone) and returns the server's exit code.</summary>
    public int Exit(bool shutdownFirst = true)
    {
        if (shutdownFirst)
        {
            var response = Request("shutdown", null);
            Assert.Null(response["error"]);
        }

        Notify("exit", null);
        Assert.True(_process.WaitForExit(Timeout), "the server did not exit");
        // With a timeout, WaitForExit does not wait for the asynchronous standard-error reader; without one it does,
        // so Errors holds the whole log (a test read it empty once under load).
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static JsonObject Position((int Line, int Character) p) => new() { ["line"] = p.Line, ["character"] = p.Character };

    private void Send(JsonObject message) => SendBody(message.ToJsonString());

    private JsonObject Next(Func<JsonObject, bool> wanted, string what)
    {
        lock (_seen)
        {
            var index = _seen.FindIndex(m => wanted(m));
            if (index >= 0)
            {
                var found = _seen[index];
                _seen.RemoveRange(0, index + 1);
                return found;
            }
        }

        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_incoming.TryTake(out var message, TimeSpan.FromMilliseconds(200)))
            {
                if (wanted(message))
                {
                    return message;
                }

                lock (_seen)
                {
                    _seen.Add(message);
                }
            }
            else if (_incoming.IsCompleted)
            {
                break;
            }
        }

        throw new TimeoutException($"No {what} from the server. Its log:\n{Errors}");
    }

    private void ReadAll()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                var length = -1;
                while (true)
                {
                    var line = ReadLine(output);
                    if (line is null)
                    {
                        return;
                    }

                    if (line.Length == 0)
                    {
                        break;
                    }

                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    {
                        length = int.Parse(line["Content-Length:".Length..].Trim());
                    }
                }

                var body = new byte[length];
                output.ReadExactly(body);
                _incoming.Add(JsonNode.Parse(body)!.AsObject());
            }
        }
        finally
        {
            _incoming.CompleteAdding();
        }
    }

    private static string? ReadLine(Stream stream)
    {
        var bytes = new List<byte>();
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                return null;
            }

            if (b == '\n')
            {
                return Encoding.ASCII.GetString([.. bytes]).TrimEnd('\r');
            }

            bytes.Add((byte)b);
        }
    }
}
