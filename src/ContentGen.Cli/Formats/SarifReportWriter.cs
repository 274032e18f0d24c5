using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContentGen.Cli.Formats;

/// <summary>
/// SARIF 2.1.0, the format code-scanning dashboards read: one run whose driver lists every rule (title, category,
/// help link), and one result per finding with its region and, for a cross-article finding, the other article as a
/// related location. Paths are relative URIs against <c>%SRCROOT%</c>, the current folder.
/// </summary>
public sealed class SarifReportWriter : ReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string SourceRoot = "%SRCROOT%";

    public override void Write(Report report, TextWriter output)
    {
        var rules = RuleCatalog.All.Concat(report.Findings.Select(f => f.Rule)).DistinctBy(r => r.Id).ToList();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "contentgen");
            json.WriteString("semanticVersion", Version);
            json.WriteString("informationUri", "https://github.com/contentgen/contentgen");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title);
                json.WriteEndObject();
                json.WriteString("helpUri", rule.HelpUri);
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", rule.DefaultSeverity switch { "error" => "error", "warning" => "warning", _ => "note" });
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", rule.Category);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Directory.GetCurrentDirectory()) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var f in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", f.RuleId);
                json.WriteNumber("ruleIndex", ruleIndex[f.RuleId]);
                json.WriteString("level", f.Severity switch { "error" => "error", "warning" => "warning", _ => "note" });
                json.WriteStartObject("message");
                json.WriteString("text", f.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                WritePhysicalLocation(json, f.At);
                json.WriteEndObject();
                json.WriteEndArray();
                if (f.Related is { } related)
                {
                    json.WriteStartArray("relatedLocations");
                    json.WriteStartObject();
                    json.WriteNumber("id", 1);
                    WritePhysicalLocation(json, related);
                    json.WriteStartObject("message");
                    json.WriteString("text", "the other article's text");
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.WriteLine();
    }

    /// <summary>The tool's version, as <c>contentgen --version</c> prints it (without the commit).</summary>
    private static string Version =>
        (typeof(SarifReportWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    private static void WritePhysicalLocation(Utf8JsonWriter json, FilePosition at)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        var (uri, relative) = ArtifactUri(at.Path);
        json.WriteString("uri", uri);
        if (relative)
        {
            json.WriteString("uriBaseId", SourceRoot);
        }

        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", at.Line);
        json.WriteNumber("startColumn", at.Column);
        json.WriteNumber("endLine", at.EndLine);
        json.WriteNumber("endColumn", at.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A path as a SARIF artifact URI: relative paths percent-encoded segment by segment, absolute ones as file URIs.</summary>
    public static (string Uri, bool Relative) ArtifactUri(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return (new Uri(path).AbsoluteUri, false);
        }

        var segments = path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString);
        return (string.Join('/', segments), true);
    }
}
