using System.Text;

namespace ContentGen.Cli.Formats;

/// <summary>
/// GitHub Actions workflow commands, one per finding:
/// <c>::warning file=a.txt,line=3,col=16,endLine=3,endColumn=23,title=CG1002::message (help link)</c>, which a workflow
/// shows as annotations on the file. Escaped as the runner unescapes: in the message <c>%</c>, CR and LF; in a property
/// also <c>:</c> and <c>,</c>.
/// </summary>
public sealed class GitHubReportWriter : ReportWriter
{
    public override void Write(Report report, TextWriter output)
    {
        foreach (var f in report.Findings)
        {
            var command = f.Severity switch { "error" => "error", "warning" => "warning", _ => "notice" };
            var line = new StringBuilder()
                .Append("::").Append(command)
                .Append(" file=").Append(Property(f.At.Path.Replace('\\', '/')))
                .Append(",line=").Append(f.At.Line)
                .Append(",col=").Append(f.At.Column)
                .Append(",endLine=").Append(f.At.EndLine)
                .Append(",endColumn=").Append(f.At.EndColumn)
                .Append(",title=").Append(Property(f.RuleId))
                .Append("::").Append(Data($"{f.Message} ({f.Rule.HelpUri})"));
            output.WriteLine(line.ToString());
        }
    }

    /// <summary>A command's message.</summary>
    public static string Data(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>A command's property value: also ':' and ',', which would end it.</summary>
    public static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");
}
