using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using ContentGen.Synthesis;

namespace ContentGen.Benchmarks;

/// <summary>
/// <c>contentgen lsp</c> as an editor sees it: a process over a folder of N synthesized articles, one article open,
/// keystrokes sent as incremental changes. The time of an edit is from sending didChange to receiving that version's
/// diagnostics (parse, index update, every check of the article, JSON both ways). Memory is the server's own answer to
/// <c>contentgen/stats</c> (managed heap after a full collection, working set) every tenth of the run.
/// </summary>
internal static class LanguageServerEdits
{
    /// <param name="inName">Type inside a capitalised word of the lead (a name) instead: the article's people and story
    /// features change, so the corpus index is rebuilt, not updated.</param>
    public static void Run(int count, int edits, bool inName)
    {
        var folder = Directory.CreateTempSubdirectory("contentgen-lsp-bench-").FullName;
        try
        {
            var paths = CorpusSynthesizer.Write(folder, new CorpusSynthesizer(42).Generate(count));
            using var server = new Server();
            var watch = Stopwatch.StartNew();
            server.Request("initialize", new JsonObject { ["rootUri"] = new Uri(folder).AbsoluteUri, ["capabilities"] = new JsonObject() });
            Console.WriteLine($"{count:N0} articles ({paths.Sum(p => new FileInfo(p).Length) / 1_000_000.0:F1} MB): initialize (read, parse, index) {watch.ElapsedMilliseconds} ms");

            var path = paths.OrderBy(p => p, StringComparer.Ordinal).ElementAt(paths.Count / 2);
            var uri = new Uri(path).AbsoluteUri;
            var text = File.ReadAllText(path);
            watch.Restart();
            server.Notify("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "plaintext", ["version"] = 1, ["text"] = text } });
            server.Diagnostics(uri, 1);
            Console.WriteLine($"didOpen -> diagnostics: {watch.Elapsed.TotalMilliseconds:F1} ms");

            // A keystroke in the last paragraph: a letter typed, then deleted, alternately.
            var lines = text.Split('\n');
            var line = Array.FindLastIndex(lines, l => l.TrimEnd('\r').Length > 20);
            var character = lines[line].TrimEnd('\r').LastIndexOf(' ');
            if (inName)
            {
                // The first word of five letters or more that starts with a capital, after the headline.
                var match = lines.Select((l, i) => (Line: i, Match: System.Text.RegularExpressions.Regex.Match(l, @"(?<= )[A-Z][a-z]{4,}")))
                    .First(m => m.Line > 1 && m.Match.Success);
                (line, character) = (match.Line, match.Match.Index + 2);
            }

            Console.WriteLine($"edits at line {line + 1}, character {character + 1}: '{lines[line].Substring(Math.Max(0, character - 12), Math.Min(24, lines[line].Length - Math.Max(0, character - 12)))}'");
            var times = new List<double>(edits);
            var checkpoints = Math.Max(1, edits / 10);
            Stats(server, 0);
            for (var i = 0; i < edits; i++)
            {
                var version = i + 2;
                var (end, inserted) = i % 2 == 0 ? (character, "x") : (character + 1, string.Empty);
                watch.Restart();
                server.Notify("textDocument/didChange", new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
                    ["contentChanges"] = new JsonArray(new JsonObject
                    {
                        ["range"] = new JsonObject
                        {
                            ["start"] = new JsonObject { ["line"] = line, ["character"] = character },
                            ["end"] = new JsonObject { ["line"] = line, ["character"] = end },
                        },
                        ["text"] = inserted,
                    }),
                });
                server.Diagnostics(uri, version);
                times.Add(watch.Elapsed.TotalMilliseconds);
                if ((i + 1) % checkpoints == 0)
                {
                    Stats(server, i + 1);
                }
            }

            var measured = times.Skip(Math.Min(20, times.Count / 10)).Order().ToList(); // the first edits still JIT
            Console.WriteLine($"didChange -> diagnostics over {measured.Count} edits: median {measured[measured.Count / 2]:F1} ms, p95 {measured[(int)(measured.Count * 0.95)]:F1} ms, max {measured[^1]:F1} ms");
            server.Request("shutdown", null);
            server.Notify("exit", null);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Stats(Server server, int edits)
    {
        var stats = server.Request("contentgen/stats", null)["result"]!;
        Console.WriteLine($"after {edits,6:N0} edits: managed heap {stats["managedBytes"]!.GetValue<long>() / 1_000_000.0,6:F1} MB, working set {stats["workingSetBytes"]!.GetValue<long>() / 1_000_000.0,6:F1} MB, index updated {stats["indexUpdates"]} / rebuilt {stats["indexRebuilds"]}");
    }

    /// <summary>The server process and Content-Length framing, as a client speaks it.</summary>
    private sealed class Server : IDisposable
    {
        private readonly Process _process;
        private int _id;

        public Server()
        {
            var cli = typeof(Server).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ContentGenCli").Value!;
            var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = false };
            start.ArgumentList.Add(cli);
            start.ArgumentList.Add("lsp");
            _process = Process.Start(start)!;
        }

        public JsonObject Request(string method, JsonNode? parameters)
        {
            var id = ++_id;
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
            while (true)
            {
                var message = Receive();
                if (message["id"] is JsonValue v && v.GetValue<int>() == id)
                {
                    return message;
                }
            }
        }

        public void Notify(string method, JsonNode? parameters) => Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

        public void Diagnostics(string uri, int version)
        {
            while (true)
            {
                var message = Receive();
                if (message["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && message["params"]!["uri"]!.GetValue<string>() == uri
                    && message["params"]!["version"]?.GetValue<int>() == version)
                {
                    return;
                }
            }
        }

        public void Dispose()
        {
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                _process.Kill();
            }

            _process.Dispose();
        }

        private void Send(JsonObject message)
        {
            var body = Encoding.UTF8.GetBytes(message.ToJsonString());
            var input = _process.StandardInput.BaseStream;
            input.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            input.Write(body);
            input.Flush();
        }

        private JsonObject Receive()
        {
            var output = _process.StandardOutput.BaseStream;
            var length = 0;
            while (true)
            {
                var line = new StringBuilder();
                int b;
                while ((b = output.ReadByte()) != '\n')
                {
                    if (b < 0)
                    {
                        throw new EndOfStreamException("the server ended");
                    }

                    line.Append((char)b);
                }

                var header = line.ToString().TrimEnd('\r');
                if (header.Length == 0)
                {
                    break;
                }

                if (header.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(header["Content-Length:".Length..].Trim());
                }
            }

            var body = new byte[length];
            output.ReadExactly(body);
            return JsonNode.Parse(body)!.AsObject();
        }
    }
}
