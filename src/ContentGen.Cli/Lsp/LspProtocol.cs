using System.Text.Json.Serialization;

namespace ContentGen.Cli.Lsp;

// The parts of the Language Server Protocol 3.17 this server speaks, as plain records. Property names follow the
// protocol through the camelCase policy of LspJsonContext; absent optional fields are left out when written.

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record WorkspaceFolder(string Uri, string? Name);

public sealed record InitializeParams(string? RootUri, string? RootPath, WorkspaceFolder[]? WorkspaceFolders);

public sealed record SaveOptions(bool IncludeText);

/// <summary>Change 2 is incremental: the client sends only the edited ranges.</summary>
public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

public sealed record ServerCapabilities(TextDocumentSyncOptions TextDocumentSync, bool HoverProvider, bool CodeActionProvider);

public sealed record ServerInfo(string Name, string? Version);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, string Text);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int? Version);

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

/// <summary>Severity 1 error, 2 warning, 3 information, 4 hint.</summary>
public sealed record Diagnostic(
    Range Range,
    int Severity,
    string Code,
    CodeDescription CodeDescription,
    string Source,
    string Message,
    DiagnosticRelatedInformation[]? RelatedInformation);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, Diagnostic[] Diagnostics);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record MarkupContent(string Kind, string Value);

public sealed record Hover(MarkupContent Contents, Range? Range);

public sealed record CodeActionContext(Diagnostic[]? Diagnostics);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

public sealed record TextEdit(Range Range, string NewText);

public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

public sealed record CodeAction(string Title, string Kind, Diagnostic[]? Diagnostics, WorkspaceEdit Edit);

public sealed record ResponseError(int Code, string Message);

public sealed record LogMessageParams(int Type, string Message);

/// <summary>The answer to <c>contentgen/stats</c>: what the server holds, for the memory benchmark.</summary>
public sealed record ServerStats(int Articles, int OpenDocuments, long ManagedBytes, long WorkingSetBytes, int IndexUpdates, int IndexRebuilds);

/// <summary>JSON for the protocol, generated at compile time: no reflection, so the command stays AOT-clean.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(DidSaveTextDocumentParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(CodeAction[]))]
[JsonSerializable(typeof(ResponseError))]
[JsonSerializable(typeof(LogMessageParams))]
[JsonSerializable(typeof(ServerStats))]
internal sealed partial class LspJsonContext : JsonSerializerContext;
