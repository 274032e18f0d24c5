namespace ContentGen.Cli.Formats;

/// <summary>
/// <c>path(line,col): warning CG1002: message (help link) [contentgen]</c>, one line per finding: what the compiler prints
/// through MSBuild, so editors, CI log parsers and the usual <c>csc</c> problem matcher read it. Where MSBuild ends the
/// line with the project, the bracket names the tool; it has no folder, so a matcher resolves the paths (relative to the
/// current folder) against the workspace, and a line reads the same from whatever folder the command ran in.
/// </summary>
public sealed class TextReportWriter : ReportWriter
{
    public override void Write(Report report, TextWriter output)
    {
        foreach (var f in report.Findings)
        {
            output.WriteLine($"{f.At.Path}({f.At.Line},{f.At.Column}): {f.Severity} {f.RuleId}: {OneLine(f.Message)} ({f.Rule.HelpUri}) [contentgen]");
        }
    }

    /// <summary>A message on one line: a line break would end the finding for every reader of the log.</summary>
    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
