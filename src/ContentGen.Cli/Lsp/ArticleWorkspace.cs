using ContentGen.Text;
using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;
using ContentGen.Text.Fixes;
using ContentGen.Text.Glossaries;
using ContentGen.Text.Parsing;

namespace ContentGen.Cli.Lsp;

/// <summary>
/// The corpus an editor works on: every article (<c>*.txt</c>) and the glossary under the workspace folder, read as
/// a build reads them, with the editor's unsaved text in place of the file's for open documents. After each change it
/// re-checks the edited article and the articles whose findings the change can move (its story before and after; all
/// articles shown so far when the corpus index had to be rebuilt), and publishes every article whose findings changed.
/// </summary>
internal sealed class ArticleWorkspace
{
    private const string HelpLinkBase = "https://github.com/contentgen/contentgen/blob/main/docs/diagnostics/";

    private readonly Dictionary<string, Document> _byKey = new(StringComparer.Ordinal);
    private readonly Action<PublishDiagnosticsParams> _publish;
    private readonly TextWriter _log;
    private string? _root;
    private Document? _glossaryDocument;
    private Glossary _glossary = Glossary.Empty;
    private CorpusIndex _corpus = new(Array.Empty<ArticleText>());

    public ArticleWorkspace(Action<PublishDiagnosticsParams> publish, TextWriter log)
    {
        _publish = publish;
        _log = log;
    }

    public int ArticleCount => _byKey.Count;

    /// <summary>Edits that reused the corpus index (<see cref="CorpusIndex.Update"/>), and rebuilds of it.</summary>
    public (int Updated, int Rebuilt) IndexChanges { get; private set; }

    public int OpenCount => _byKey.Values.Count(d => d.IsOpen) + (_glossaryDocument?.IsOpen == true ? 1 : 0);

    /// <summary>Reads every article and the glossary under <paramref name="root"/> (null: the corpus is the open documents).</summary>
    public void Load(string? root)
    {
        _root = root is null ? null : Path.GetFullPath(root);
        if (_root is not null && Directory.Exists(_root))
        {
            var inputs = ArticleInputs.Find(new[] { _root }, null);
            var documents = new Document?[inputs.Articles.Count];
            Parallel.For(0, documents.Length, i =>
            {
                var file = inputs.Articles[i];
                var errors = new StringWriter();
                if (file.TryRead(errors) is { } text)
                {
                    documents[i] = new Document(KeyOf(file.FullPath), file.FullPath, text);
                }
                else
                {
                    lock (_log)
                    {
                        _log.Write(errors.ToString());
                    }
                }
            });

            foreach (var document in documents)
            {
                if (document is not null)
                {
                    _byKey[document.Key] = document;
                }
            }

            if (inputs.Glossary is { } glossary && glossary.TryRead(_log) is { } glossaryText)
            {
                _glossaryDocument = new Document(KeyOf(glossary.FullPath), glossary.FullPath, glossaryText, isGlossary: true);
                _glossary = GlossaryParser.Parse(_glossaryDocument.Key, glossaryText);
            }
        }

        _corpus = new CorpusIndex(ArticleTexts(), _glossary);
        _log.WriteLine($"contentgen lsp: {_byKey.Count} article{(_byKey.Count == 1 ? "" : "s")}{(_glossaryDocument is null ? "" : " and a glossary")} in {_root ?? "(no folder)"}");
    }

    public void Open(string uri, string text, int version)
    {
        var path = PathOf(uri);
        if (path is null)
        {
            _log.WriteLine($"contentgen lsp: '{uri}' is not a file; not checked");
            return;
        }

        if (IsGlossary(path))
        {
            _glossaryDocument = new Document(KeyOf(path), path, text, isGlossary: true) { Uri = uri, IsOpen = true, Version = version };
            GlossaryChanged();
            return;
        }

        var key = KeyOf(path);
        if (!_byKey.TryGetValue(key, out var document))
        {
            // An article outside the folder (or new) joins the corpus while it is open.
            document = new Document(key, path, text);
            _byKey[key] = document;
        }

        document.Uri = uri;
        document.IsOpen = true;
        document.Version = version;
        Changed(document, text);
    }

    public void Change(string uri, IEnumerable<TextDocumentContentChangeEvent> changes, int? version)
    {
        if (Find(uri) is not { } document)
        {
            _log.WriteLine($"contentgen lsp: a change to '{uri}', which was not opened; ignored");
            return;
        }

        document.Version = version;
        var text = TextPositions.Apply(document.Text, changes);
        if (document.IsGlossary)
        {
            document.SetText(text);
            GlossaryChanged();
            return;
        }

        Changed(document, text);
    }

    public void Save(string uri, string? text)
    {
        if (text is not null && Find(uri) is { } document && document.Text != text)
        {
            Change(uri, new[] { new TextDocumentContentChangeEvent(null, text) }, document.Version);
        }
    }

    /// <summary>A closed document goes back to its file (or leaves the corpus if it has none); its diagnostics are cleared.</summary>
    public void Close(string uri)
    {
        if (Find(uri) is not { } document)
        {
            return;
        }

        document.IsOpen = false;
        var onDisk = File.Exists(document.FullPath) ? TryRead(document.FullPath) : null;
        if (document.IsGlossary)
        {
            document.SetText(onDisk ?? string.Empty);
            GlossaryChanged();
        }
        else if (onDisk is null)
        {
            _byKey.Remove(document.Key);
            Rebuild(document, Array.Empty<string>());
        }
        else if (onDisk != document.Text)
        {
            Changed(document, onDisk);
        }

        document.Published = null;
        _publish(new PublishDiagnosticsParams(document.Uri, null, Array.Empty<Diagnostic>()));
    }

    /// <summary>Markdown about the person named at the position: the spelling to use and the other spellings seen.</summary>
    public Hover? HoverAt(string uri, Position position)
    {
        if (Find(uri) is not { IsGlossary: false } document || _corpus.Find(document.Key) is not { } article)
        {
            return null;
        }

        var offset = document.Positions.OffsetOf(position, document.Text);
        return PersonHover.At(article, _corpus, offset, document.Positions);
    }

    /// <summary>
    /// The fixes the engine offers for the findings published on the document that touch <paramref name="range"/>,
    /// as code actions (quick fixes) whose edits apply to the text the findings were found in.
    /// </summary>
    public CodeAction[] CodeActionsAt(string uri, Range range)
    {
        if (Find(uri) is not { IsGlossary: false, Published: { } findings } document)
        {
            return Array.Empty<CodeAction>();
        }

        var start = document.Positions.OffsetOf(range.Start, document.Text);
        var end = document.Positions.OffsetOf(range.End, document.Text);
        var actions = new List<CodeAction>();
        foreach (var finding in findings)
        {
            // A finding touches the range when they overlap, or the cursor stands on either end of it.
            if (finding.Range.Start > end || finding.Range.End < start || FixProvider.For(finding, document.Text) is not { } fix)
            {
                continue;
            }

            var edits = fix.Edits.Select(e => new TextEdit(document.Positions.RangeOf(e.Range.Start, e.Range.End), e.NewText)).ToArray();
            actions.Add(new CodeAction(
                fix.Title,
                "quickfix",
                new[] { ToDiagnostic(finding, document) },
                new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [document.Uri] = edits })));
        }

        return actions.ToArray();
    }

    /// <summary>Every article's findings, as the command line would report them (for tests and the benchmark's checks).</summary>
    public IReadOnlyList<Finding> FindingsOf(string uri) => Find(uri) is { IsGlossary: false } document ? Check(document) : Array.Empty<Finding>();

    private void Changed(Document document, string text)
    {
        var before = StoryMates(document.Key);
        document.SetText(text);
        var updated = _corpus.Update(ArticleTexts(), _glossary);
        if (updated is null)
        {
            Rebuild(document, before);
            return;
        }

        _corpus = updated;
        IndexChanges = (IndexChanges.Updated + 1, IndexChanges.Rebuilt);
        Publish(document, force: true);
        foreach (var key in before.Concat(StoryMates(document.Key)).Distinct(StringComparer.Ordinal))
        {
            if (key != document.Key && _byKey.TryGetValue(key, out var mate))
            {
                Publish(mate, force: false);
            }
        }
    }

    /// <summary>
    /// A new corpus index: people, stories or repeated lines may have moved anywhere, so every article shown so far is
    /// re-checked, with the edited one's story before and after.
    /// </summary>
    private void Rebuild(Document? edited, IEnumerable<string> before)
    {
        _corpus = new CorpusIndex(ArticleTexts(), _glossary, _corpus);
        IndexChanges = (IndexChanges.Updated, IndexChanges.Rebuilt + 1);
        if (edited is not null && _byKey.ContainsKey(edited.Key))
        {
            Publish(edited, force: true);
        }

        var keys = new HashSet<string>(before, StringComparer.Ordinal);
        if (edited is not null)
        {
            keys.UnionWith(StoryMates(edited.Key));
        }

        keys.UnionWith(_byKey.Values.Where(d => d.Published is not null).Select(d => d.Key));
        foreach (var key in keys.Order(StringComparer.Ordinal))
        {
            if (key != edited?.Key && _byKey.TryGetValue(key, out var other))
            {
                Publish(other, force: false);
            }
        }
    }

    private void GlossaryChanged()
    {
        var document = _glossaryDocument!;
        _glossary = GlossaryParser.Parse(document.Key, document.Text);
        Rebuild(null, Array.Empty<string>());
        if (document.IsOpen)
        {
            // Its unreadable lines, and acceptances that accept nothing (this checks the articles they name).
            var findings = new ContentChecker(_corpus).CheckGlossary();
            _publish(new PublishDiagnosticsParams(document.Uri, document.Version, findings.Select(f => ToDiagnostic(f, document)).ToArray()));
        }
    }

    /// <summary>Publishes the document's findings when forced (it changed) or when they differ from what was published.</summary>
    private void Publish(Document document, bool force)
    {
        var findings = Check(document);
        if (!force && (document.Published ?? (IReadOnlyList<Finding>)Array.Empty<Finding>()).SequenceEqual(findings))
        {
            return;
        }

        document.Published = findings;
        _publish(new PublishDiagnosticsParams(document.Uri, document.IsOpen ? document.Version : null, findings.Select(f => ToDiagnostic(f, document)).ToArray()));
    }

    private List<Finding> Check(Document document)
    {
        if (document.Failure is { } failure)
        {
            return new List<Finding> { failure };
        }

        // The engine's front door: single-article and cross-article rules, acceptances, CG0001 for an engine failure.
        return new ContentChecker(_corpus).Check(document.Article!)
            .OrderBy(f => f.Range.Start).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
    }

    private Diagnostic ToDiagnostic(Finding finding, Document document)
    {
        DiagnosticRelatedInformation[]? related = null;
        if (finding.Related is { } other && _byKey.TryGetValue(other.Path, out var target))
        {
            related = new[]
            {
                new DiagnosticRelatedInformation(
                    new Location(target.Uri, target.Positions.RangeOf(other.Range.Start, other.Range.End)),
                    $"the other article: {other.Path}"),
            };
        }

        return new Diagnostic(
            document.Positions.RangeOf(finding.Range.Start, finding.Range.End),
            2,
            finding.RuleId,
            new CodeDescription(HelpLinkBase + finding.RuleId + ".md"),
            "contentgen",
            finding.Message,
            related);
    }

    private IReadOnlyList<string> StoryMates(string key) =>
        _corpus.Find(key) is { } article ? _corpus.SameStory(article).Select(a => a.Path).ToList() : Array.Empty<string>();

    private IEnumerable<ArticleText> ArticleTexts() => _byKey.Values.Select(d => d.Article!);

    private Document? Find(string uri)
    {
        if (PathOf(uri) is not { } path)
        {
            return null;
        }

        if (_glossaryDocument is { } glossary && string.Equals(glossary.FullPath, path, StringComparison.Ordinal))
        {
            return glossary;
        }

        return _byKey.TryGetValue(KeyOf(path), out var document) ? document : null;
    }

    /// <summary>The article's key, as a project names it: the path under the folder with '/' separators.</summary>
    private string KeyOf(string fullPath)
    {
        if (_root is not null)
        {
            var relative = Path.GetRelativePath(_root, fullPath);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                return relative.Replace('\\', '/');
            }
        }

        return fullPath.Replace('\\', '/');
    }

    private bool IsGlossary(string path) =>
        string.Equals(Path.GetFileName(path), GlossaryParser.FileName, StringComparison.OrdinalIgnoreCase)
        && (_glossaryDocument is null || string.Equals(_glossaryDocument.FullPath, path, StringComparison.Ordinal));

    private string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _log.WriteLine($"contentgen lsp: cannot read '{path}': {e.Message}");
            return null;
        }
    }

    /// <summary>The local path of a <c>file:</c> URI, or null for any other scheme.</summary>
    public static string? PathOf(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        return Path.GetFullPath(parsed.LocalPath);
    }

    public static string UriOf(string fullPath) => new Uri(fullPath).AbsoluteUri;

    /// <summary>One article or the glossary: its current text (the editor's when open) and its parse.</summary>
    private sealed class Document
    {
        private TextPositions? _positions;

        public Document(string key, string fullPath, string text, bool isGlossary = false)
        {
            Key = key;
            FullPath = fullPath;
            Uri = UriOf(fullPath);
            IsGlossary = isGlossary;
            SetText(text);
        }

        public string Key { get; }

        public string FullPath { get; }

        /// <summary>The URI the editor knows the file by (as it sent it when opening), else the file's own.</summary>
        public string Uri { get; set; }

        public bool IsGlossary { get; }

        public bool IsOpen { get; set; }

        public int? Version { get; set; }

        public string Text { get; private set; } = string.Empty;

        public ArticleText? Article { get; private set; }

        public Finding? Failure { get; private set; }

        /// <summary>The findings last published for this document; null when none were (or they were cleared).</summary>
        public IReadOnlyList<Finding>? Published { get; set; }

        public TextPositions Positions => _positions ??= new TextPositions(Text);

        public void SetText(string text)
        {
            Text = text;
            _positions = null;
            if (IsGlossary)
            {
                return;
            }

            Article = ContentChecker.Read(Key, text, out var failure);
            Failure = failure;
        }
    }
}
