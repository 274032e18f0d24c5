using ContentGen.Text.Checks;
using ContentGen.Text;
using ContentGen.Text.Parsing;

namespace ContentGen.Cli;

/// <summary>A place in a file as people read it: the path as given on the command line, 1-based lines and columns (end exclusive).</summary>
/// <remarks><see cref="Start"/> and <see cref="End"/> are the same place as character offsets, for outputs that show the text.</remarks>
public sealed record FilePosition(string Path, int Line, int Column, int EndLine, int EndColumn)
{
    public int Start { get; init; }

    public int End { get; init; }
}

/// <summary>One finding resolved to positions, ready for any output format.</summary>
/// <param name="Severity">"error", "warning" or "info", as the .globalconfig files a build reads set it.</param>
public sealed record ReportedFinding(FilePosition At, string RuleId, string Severity, string Message, FilePosition? Related)
{
    public ReportedRule Rule => RuleCatalog.For(RuleId);
}

/// <summary>One story: a title and its articles' paths as given on the command line.</summary>
public sealed record ReportedStory(string Title, IReadOnlyList<string> Articles);

/// <summary>A file the report shows: its path as given on the command line and its text.</summary>
public sealed record ReportedFile(string Path, string Text);

/// <summary>
/// What one run found, in output order: findings per file in path order (each file's in text order), then the
/// stories. The engine speaks in offsets and project keys; this is where they become paths, lines and columns,
/// and where the severities a build would give them are applied.
/// </summary>
public sealed class Report
{
    private readonly Dictionary<string, (InputFile File, LineMap Lines)> _byKey = new(StringComparer.Ordinal);
    private readonly List<ReportedFinding> _findings = new();
    private readonly List<ReportedStory> _stories = new();
    private readonly List<ReportedFile> _files = new();
    private readonly GlobalConfig _severities;
    private readonly bool _warningsAsErrors;

    public Report(IEnumerable<(InputFile File, LineMap Lines, string Text)> articles, GlobalConfig? severities = null, bool warningsAsErrors = false)
    {
        _severities = severities ?? GlobalConfig.Empty;
        _warningsAsErrors = warningsAsErrors;
        foreach (var (file, lines, text) in articles)
        {
            if (_byKey.TryAdd(file.Key, (file, lines)))
            {
                _files.Add(new ReportedFile(file.Display, text));
            }
        }
    }

    public IReadOnlyList<ReportedFinding> Findings => _findings;

    public IReadOnlyList<ReportedStory> Stories => _stories;

    /// <summary>Every file read (articles in path order, then the glossary), with its text.</summary>
    public IReadOnlyList<ReportedFile> Files => _files;

    public int FindingCount => _findings.Count;

    /// <summary>Findings the severities turned off (<c>none</c>, <c>silent</c>): not reported, as a build does not show them.</summary>
    public int HiddenCount { get; private set; }

    public void Add(InputFile file, LineMap lines, IEnumerable<Finding> findings, string? text = null)
    {
        if (text is not null && _byKey.TryAdd(file.Key, (file, lines)))
        {
            _files.Add(new ReportedFile(file.Display, text));
        }

        foreach (var finding in findings)
        {
            var rule = RuleCatalog.For(finding.RuleId);
            var severity = _severities.SeverityOf(rule.Id, rule.Category, rule.DefaultSeverity);
            if (severity is null or "hidden")
            {
                HiddenCount++;
                continue;
            }

            if (_warningsAsErrors && severity == "warning")
            {
                severity = "error";
            }

            FilePosition? related = null;
            if (finding.Related is { } other && _byKey.TryGetValue(other.Path, out var target))
            {
                related = Position(target.File, target.Lines, other.Range.Start, other.Range.End);
            }

            _findings.Add(new ReportedFinding(Position(file, lines, finding.Range.Start, finding.Range.End), finding.RuleId, severity, finding.Message, related));
        }
    }

    /// <summary>The engine's stories (<see cref="ContentChecker.Stories"/>: articles in path order, stories in order of their first article), with paths as printed.</summary>
    public void AddStories(IEnumerable<ArticleStory> stories)
    {
        foreach (var story in stories)
        {
            var paths = story.Paths.Select(path => _byKey.TryGetValue(path, out var f) ? f.File.Display : path).ToList();
            _stories.Add(new ReportedStory(story.Title, paths));
        }
    }

    private static FilePosition Position(InputFile file, LineMap lines, int start, int end)
    {
        var (line, column) = lines.PositionOf(start);
        var (endLine, endColumn) = lines.PositionOf(Math.Max(start, end));
        return new FilePosition(file.Display, line, column, endLine, endColumn) { Start = Math.Max(0, start), End = Math.Max(start, end) };
    }
}
