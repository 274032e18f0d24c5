using ContentGen.Cli.Formats;

namespace ContentGen.Cli;

/// <summary>Writes a <see cref="Report"/> in one output format.</summary>
public abstract class ReportWriter
{
    /// <summary>The formats <c>--format</c> takes.</summary>
    public static readonly IReadOnlyList<string> Formats = ["text", "json", "sarif", "github", "html"];

    public static ReportWriter For(string format) => format switch
    {
        "json" => new JsonReportWriter(),
        "sarif" => new SarifReportWriter(),
        "github" => new GitHubReportWriter(),
        "html" => new HtmlReportWriter(),
        _ => new TextReportWriter(),
    };

    public abstract void Write(Report report, TextWriter output);

    /// <summary>Writes the report to <paramref name="path"/>, or to <paramref name="output"/> when it is null; false (said on <paramref name="errors"/>) when the file cannot be written.</summary>
    public static bool TryWrite(Report report, string format, string? path, TextWriter output, TextWriter errors)
    {
        var writer = For(format);
        if (path is null)
        {
            writer.Write(report, output);
            output.Flush(); // the findings before the count, also when both go to one terminal
            return true;
        }

        try
        {
            using var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(report, file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"contentgen: cannot write '{path}': {e.Message}");
            return false;
        }
    }
}
