using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContentGen.Cli.Formats;

/// <summary>
/// One JSON object: <c>findings</c> (path, line, column, endLine, endColumn, id, severity, message, related) and
/// <c>stories</c> (title, articles). Written with <see cref="Utf8JsonWriter"/>: no reflection, so the command stays AOT-clean.
/// </summary>
public sealed class JsonReportWriter : ReportWriter
{
    public override void Write(Report report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("findings");
            foreach (var f in report.Findings)
            {
                json.WriteStartObject();
                WritePosition(json, f.At);
                json.WriteString("id", f.RuleId);
                json.WriteString("severity", f.Severity);
                json.WriteString("message", f.Message);
                json.WriteStartArray("related");
                if (f.Related is { } related)
                {
                    json.WriteStartObject();
                    WritePosition(json, related);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("stories");
            foreach (var story in report.Stories)
            {
                json.WriteStartObject();
                json.WriteString("title", story.Title);
                json.WriteStartArray("articles");
                foreach (var path in story.Articles)
                {
                    json.WriteStringValue(path);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.WriteLine();
    }

    private static void WritePosition(Utf8JsonWriter json, FilePosition at)
    {
        json.WriteString("path", at.Path);
        json.WriteNumber("line", at.Line);
        json.WriteNumber("column", at.Column);
        json.WriteNumber("endLine", at.EndLine);
        json.WriteNumber("endColumn", at.EndColumn);
    }
}
