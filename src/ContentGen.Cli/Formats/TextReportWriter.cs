namespace ContentGen.Cli.Formats;

/// <summary>
/// <c>path(line,col): warning CG1002: message (help link) [folder]</c>, one line per finding: what the compiler prints
/// through MSBuild, so editors, CI log parsers and the usual <c>csc</c> problem matcher read it. The bracket names the
/// folder the paths are relative to, where MSBuild names the project (a matcher resolves paths against it).
/// </summary>
public sealed class TextReportWriter(string baseFolder) : ReportWriter
{
    private readonly string _base = Path.TrimEndingDirectorySeparator(Path.GetFullPath(baseFolder)) + Path.DirectorySeparatorChar;

    public override void Write(Report report, TextWriter output)
    {
        foreach (var f in report.Findings)
        {
            output.WriteLine($"{f.At.Path}({f.At.Line},{f.At.Column}): {f.Severity} {f.RuleId}: {OneLine(f.Message)} ({f.Rule.HelpUri}) [{_base}]");
        }
    }

    /// <summary>A message on one line: a line break would end the finding for every reader of the log.</summary>
    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
