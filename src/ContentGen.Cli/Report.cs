using ContentGen.Text.Checks;
using ContentGen.Text;
using ContentGen.Text.Parsing;

namespace ContentGen.Cli;

/// <summary>A place in a file as people read it: the path as given on the command line, 1-based lines and columns.</summary>
public sealed record FilePosition(string Path, int Line, int Column, int EndLine, int EndColumn);

/// <summary>One finding resolved to positions, ready for any output format.</summary>
public sealed record ReportedFinding(FilePosition At, string RuleId, string Severity, string Message, FilePosition? Related);

/// <summary>One story: a title and its articles' paths as given on the command line.</summary>
public sealed record ReportedStory(string Title, IReadOnlyList<string> Articles);

/// <summary>
/// What one run found, in output order: findings per file in path order (each file's in text order), then the
/// stories. The engine speaks in offsets and project keys; this is where they become paths, lines and columns.
/// </summary>
public sealed class Report
{
    private readonly Dictionary<string, (InputFile File, LineMap Lines)> _byKey = new(StringComparer.Ordinal);
    private readonly List<ReportedFinding> _findings = new();
    private readonly List<ReportedStory> _stories = new();

    public Report(IEnumerable<(InputFile File, LineMap Lines)> articles)
    {
        foreach (var (file, lines) in articles)
        {
            _byKey.TryAdd(file.Key, (file, lines));
        }
    }

    public IReadOnlyList<ReportedFinding> Findings => _findings;

    public IReadOnlyList<ReportedStory> Stories => _stories;

    public int FindingCount => _findings.Count;

    public void Add(InputFile file, LineMap lines, IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            FilePosition? related = null;
            if (finding.Related is { } other && _byKey.TryGetValue(other.Path, out var target))
            {
                related = Position(target.File, target.Lines, other.Range.Start, other.Range.End);
            }

            _findings.Add(new ReportedFinding(Position(file, lines, finding.Range.Start, finding.Range.End), finding.RuleId, "warning", finding.Message, related));
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
        return new FilePosition(file.Display, line, column, endLine, endColumn);
    }
}
