using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ContentGen.Cli.Lsp;

/// <summary>
/// <c>contentgen lsp</c>: a Language Server Protocol server over standard input and output. JSON-RPC 2.0 messages are
/// handled one at a time, in order; each edit is checked before the next message is read (an edit costs milliseconds,
/// so nothing is debounced). A message it cannot read or handle is answered with a JSON-RPC error (requests) or
/// logged to standard error (notifications); it never ends the server.
/// </summary>
internal sealed class LanguageServer
{
    // JSON-RPC and LSP error codes.
    private const int ParseError = -32700;
    private const int InvalidRequest = -32600;
    private const int MethodNotFound = -32601;
    private const int InvalidParams = -32602;
    private const int InternalError = -32603;
    private const int ServerNotInitialized = -32002;

    private static readonly LspJsonContext Json = LspJsonContext.Default;

    private readonly MessageTransport _transport;
    private readonly TextWriter _log;
    private readonly ArticleWorkspace _workspace;
    private bool _initialized;
    private bool _shutdown;

    public LanguageServer(Stream input, Stream output, TextWriter log)
    {
        _transport = new MessageTransport(input, output, log);
        _log = log;
        _workspace = new ArticleWorkspace(p => Notify("textDocument/publishDiagnostics", p, Json.PublishDiagnosticsParams), log);
    }

    /// <summary>Serves until <c>exit</c> or the end of the input; 0 when <c>shutdown</c> came first, else 1 (as the protocol asks).</summary>
    public int Run()
    {
        while (_transport.Read() is { } body)
        {
            if (!Handle(body))
            {
                break;
            }
        }

        return _shutdown ? 0 : 1;
    }

    public static int RunOnStandardStreams(TextWriter errors)
    {
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        return new LanguageServer(input, output, errors).Run();
    }

    /// <summary>Handles one message; false when it was <c>exit</c>.</summary>
    private bool Handle(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            _log.WriteLine($"contentgen lsp: a message is not JSON ({e.Message})");
            RespondError(default, ParseError, "Parse error: the message is not JSON");
            return true;
        }

        using (document)
        {
            var message = document.RootElement;
            if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("method", out var methodElement) || methodElement.ValueKind != JsonValueKind.String)
            {
                // A response from the client (we send no requests) or something that is no message at all.
                if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("result", out _) && !message.TryGetProperty("error", out _))
                {
                    _log.WriteLine("contentgen lsp: a message has no method; ignored");
                    RespondError(IdOf(message), InvalidRequest, "Invalid request: no method");
                }

                return true;
            }

            var method = methodElement.GetString()!;
            var id = IdOf(message);
            var parameters = message.TryGetProperty("params", out var p) ? p : default;
            try
            {
                return Dispatch(method, id, parameters);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or ArgumentException or FormatException)
            {
                // A notification gets no answer, not even an error: the log is where it shows.
                _log.WriteLine($"contentgen lsp: bad parameters for {method}: {e.Message}");
                if (id is not null)
                {
                    RespondError(id, InvalidParams, $"Invalid params for {method}: {e.Message}");
                }
            }
            catch (Exception e)
            {
                _log.WriteLine($"contentgen lsp: {method} failed: {e}");
                if (id is not null)
                {
                    RespondError(id, InternalError, $"{method} failed: {e.GetType().Name}: {e.Message}; this is a bug in ContentGen");
                }
            }

            return true;
        }
    }

    private bool Dispatch(string method, JsonElement? id, JsonElement parameters)
    {
        if (method == "exit")
        {
            return false;
        }

        if (_shutdown)
        {
            if (id is not null)
            {
                RespondError(id, InvalidRequest, "The server is shutting down");
            }

            return true;
        }

        if (!_initialized && method != "initialize")
        {
            if (id is not null)
            {
                RespondError(id, ServerNotInitialized, "The server is not initialized");
            }

            return true;
        }

        switch (method)
        {
            case "initialize":
                Initialize(id, Parse(parameters, Json.InitializeParams));
                break;
            case "initialized":
                break;
            case "shutdown":
                _shutdown = true;
                Respond(id, writer => writer.WriteNullValue());
                break;
            case "textDocument/didOpen":
                var open = Parse(parameters, Json.DidOpenTextDocumentParams);
                _workspace.Open(open.TextDocument.Uri, open.TextDocument.Text ?? string.Empty, open.TextDocument.Version);
                break;
            case "textDocument/didChange":
                var change = Parse(parameters, Json.DidChangeTextDocumentParams);
                _workspace.Change(change.TextDocument.Uri, change.ContentChanges ?? Array.Empty<TextDocumentContentChangeEvent>(), change.TextDocument.Version);
                break;
            case "textDocument/didSave":
                var save = Parse(parameters, Json.DidSaveTextDocumentParams);
                _workspace.Save(save.TextDocument.Uri, save.Text);
                break;
            case "textDocument/didClose":
                _workspace.Close(Parse(parameters, Json.DidCloseTextDocumentParams).TextDocument.Uri);
                break;
            case "textDocument/hover":
                var hover = Parse(parameters, Json.TextDocumentPositionParams);
                var result = _workspace.HoverAt(hover.TextDocument.Uri, hover.Position);
                Respond(id, writer =>
                {
                    if (result is null)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        JsonSerializer.Serialize(writer, result, Json.Hover);
                    }
                });
                break;
            case "textDocument/codeAction":
                // The engine's fixes (FixProvider) for the findings under the range: the same edits as the IDE's code fixes and --fix.
                var actionsAt = Parse(parameters, Json.CodeActionParams);
                var actions = _workspace.CodeActionsAt(actionsAt.TextDocument.Uri, actionsAt.Range);
                Respond(id, writer => JsonSerializer.Serialize(writer, actions, Json.CodeActionArray));
                break;
            case "contentgen/stats":
                var stats = new ServerStats(_workspace.ArticleCount, _workspace.OpenCount, GC.GetTotalMemory(forceFullCollection: true), Process.GetCurrentProcess().WorkingSet64, _workspace.IndexChanges.Updated, _workspace.IndexChanges.Rebuilt);
                Respond(id, writer => JsonSerializer.Serialize(writer, stats, Json.ServerStats));
                break;
            default:
                if (id is not null)
                {
                    RespondError(id, MethodNotFound, $"Method not found: {method}");
                }
                else if (!method.StartsWith("$/", StringComparison.Ordinal))
                {
                    _log.WriteLine($"contentgen lsp: notification {method} is not handled; ignored");
                }

                break;
        }

        return true;
    }

    private void Initialize(JsonElement? id, InitializeParams parameters)
    {
        var folder = parameters.WorkspaceFolders is { Length: > 0 } folders ? ArticleWorkspace.PathOf(folders[0].Uri)
            : parameters.RootUri is { } rootUri ? ArticleWorkspace.PathOf(rootUri)
            : parameters.RootPath;
        if (parameters.WorkspaceFolders is { Length: > 1 })
        {
            _log.WriteLine($"contentgen lsp: {parameters.WorkspaceFolders.Length} workspace folders; the first is the corpus");
        }

        _workspace.Load(folder);
        _initialized = true;
        var version = typeof(LanguageServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var result = new InitializeResult(
            new ServerCapabilities(new TextDocumentSyncOptions(OpenClose: true, Change: 2, new SaveOptions(IncludeText: false)), HoverProvider: true, CodeActionProvider: true),
            new ServerInfo("contentgen", version));
        Respond(id, writer => JsonSerializer.Serialize(writer, result, Json.InitializeResult));
    }

    private static T Parse<T>(JsonElement parameters, JsonTypeInfo<T> type) =>
        parameters.ValueKind == JsonValueKind.Undefined
            ? throw new InvalidOperationException("no params")
            : parameters.Deserialize(type) ?? throw new InvalidOperationException("params are null");

    private static JsonElement? IdOf(JsonElement message) =>
        message.ValueKind == JsonValueKind.Object && message.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.Number or JsonValueKind.String
            ? id.Clone()
            : null;

    private void Respond(JsonElement? id, Action<Utf8JsonWriter> writeResult) => Send(writer =>
    {
        WriteId(writer, id);
        writer.WritePropertyName("result");
        writeResult(writer);
    });

    private void RespondError(JsonElement? id, int code, string message) => Send(writer =>
    {
        WriteId(writer, id);
        writer.WritePropertyName("error");
        JsonSerializer.Serialize(writer, new ResponseError(code, message), Json.ResponseError);
    });

    private void Notify<T>(string method, T parameters, JsonTypeInfo<T> type) => Send(writer =>
    {
        writer.WriteString("method", method);
        writer.WritePropertyName("params");
        JsonSerializer.Serialize(writer, parameters, type);
    });

    private static void WriteId(Utf8JsonWriter writer, JsonElement? id)
    {
        writer.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private void Send(Action<Utf8JsonWriter> writeBody)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writeBody(writer);
            writer.WriteEndObject();
        }

        _transport.Write(buffer.WrittenSpan);
    }
}
