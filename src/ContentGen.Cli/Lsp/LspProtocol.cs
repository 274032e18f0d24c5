using System.Text.Json.Serialization;

namespace ContentGen.Cli.Lsp;

// The parts of the Language Server Protocol 3.17 this server speaks, as plain records. Property names follow the
// protocol through the camelCase policy of LspJsonContext; absent optional fields are left out when written.

internal sealed record Position(int Line, int Character);

internal sealed record Range(Position Start, Position End);

internal sealed record Location(string Uri, Range Range);

internal sealed record WorkspaceFolder(string Uri, string? Name);

internal sealed record InitializeParams(string? RootUri, string? RootPath, WorkspaceFolder[]? WorkspaceFolders);

internal sealed record SaveOptions(bool IncludeText);

/// <summary>Change 2 is incremental: the client sends only the edited ranges.</summary>
internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

internal sealed record ServerCapabilities(TextDocumentSyncOptions TextDocumentSync, bool HoverProvider, bool CodeActionProvider);

internal sealed record ServerInfo(string Name, string? Version);

internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

internal sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, string Text);

internal sealed record TextDocumentIdentifier(string Uri);

internal sealed record VersionedTextDocumentIdentifier(string Uri, int? Version);

internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

internal sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

internal sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

internal sealed record CodeDescription(string Href);

internal sealed record DiagnosticRelatedInformation(Location Location, string Message);

/// <summary>Severity 1 error, 2 warning, 3 information, 4 hint.</summary>
internal sealed record Diagnostic(
    Range Range,
    int Severity,
    string Code,
    CodeDescription CodeDescription,
    string Source,
    string Message,
    DiagnosticRelatedInformation[]? RelatedInformation);

internal sealed record PublishDiagnosticsParams(string Uri, int? Version, Diagnostic[] Diagnostics);

internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

internal sealed record MarkupContent(string Kind, string Value);

internal sealed record Hover(MarkupContent Contents, Range? Range);

internal sealed record CodeActionContext(Diagnostic[]? Diagnostics);

internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

internal sealed record TextEdit(Range Range, string NewText);

internal sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

internal sealed record CodeAction(string Title, string Kind, Diagnostic[]? Diagnostics, WorkspaceEdit Edit);

internal sealed record ResponseError(int Code, string Message);

internal sealed record LogMessageParams(int Type, string Message);

/// <summary>The answer to <c>contentgen/stats</c>: what the server holds, for the memory benchmark.</summary>
internal sealed record ServerStats(int Articles, int OpenDocuments, long ManagedBytes, long WorkingSetBytes, int IndexUpdates, int IndexRebuilds);

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
