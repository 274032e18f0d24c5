using System.Globalization;
using System.Text;

namespace ContentGen.Cli.Formats;

/// <summary>
/// One self-contained HTML page (no script, no external file) an editor opens in a browser: a summary by rule, then
/// each story's articles side by side, every finding highlighted in the text with its note beside the text. A
/// cross-article finding (a name, figure, quote or date that disagrees) is highlighted in both articles, each
/// highlight linking to the other; a single-article finding is marked in place. Every piece of article text, path and
/// message is HTML-escaped, and invisible or control characters are shown as their code point.
/// </summary>
public sealed class HtmlReportWriter : ReportWriter
{
    /// <summary>Highlight colours, also what the browser test looks for in a screenshot.</summary>
    public const string CrossColour = "#ffd54f";
    public const string SingleColour = "#80d8ff";

    private const string Style = $$"""
        :root { color-scheme: light; font-family: system-ui, "DejaVu Sans", sans-serif; color: #1d1d1f; background: #fafafa; }
        body { margin: 1.5rem; }
        h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
        h3 { font-size: .95rem; margin: 0 0 .5rem; font-family: ui-monospace, "DejaVu Sans Mono", monospace; word-break: break-all; }
        table { border-collapse: collapse; background: #fff; }
        th, td { border: 1px solid #ddd; padding: .25rem .6rem; text-align: left; }
        td.n { text-align: right; }
        .story { border-top: 2px solid #ccc; }
        .articles { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(34rem, 1fr); gap: 1rem; overflow-x: auto; }
        .article { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: .75rem; display: grid; grid-template-columns: minmax(0, 1fr) 15rem; gap: .75rem; align-items: start; }
        .article > h3 { grid-column: 1 / -1; }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "DejaVu Serif", serif; line-height: 1.5; margin: 0; }
        mark { color: inherit; border-radius: 2px; padding: 0 1px; }
        mark.cross { background: {{CrossColour}}; }
        mark.single { background: {{SingleColour}}; }
        mark.point { padding: 0 3px; }
        sup.ref { font: 600 .7rem system-ui, sans-serif; color: #555; }
        sup.ref a { color: inherit; text-decoration: none; }
        .ctl { font: .7rem ui-monospace, monospace; color: #b00020; border: 1px solid #b00020; border-radius: 2px; padding: 0 1px; }
        ol.notes { list-style: none; margin: 0; padding: 0; font-size: .85rem; }
        ol.notes li { border-left: 4px solid #ccc; padding: .25rem .5rem; margin-bottom: .5rem; background: #f6f6f6; }
        ol.notes li.cross { border-left-color: #c79a00; }
        ol.notes li.single { border-left-color: #0288d1; }
        ol.notes li.error { outline: 1px solid #b00020; }
        .id { font-weight: 600; }
        .empty { color: #777; font-style: italic; }
        """;

    public override void Write(Report report, TextWriter output)
    {
        var findings = report.Findings;
        var number = new Dictionary<ReportedFinding, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < findings.Count; i++)
        {
            number[findings[i]] = i + 1;
        }

        var html = new StringBuilder(4096 + report.Files.Sum(f => f.Text.Length * 11 / 10));
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"contentgen\">\n<title>ContentGen report</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<header>\n<h1>ContentGen report</h1>\n<p id=\"counts\">")
            .Append(Count(findings.Count, "finding")).Append(" in ").Append(Count(report.Files.Count, "file")).Append(", ")
            .Append(Count(report.Stories.Count, "story", "stories"))
            .Append(". A conflict between two articles is highlighted in both texts; a finding in one article is marked where it is.</p>\n</header>\n");

        WriteSummary(html, findings);

        var files = report.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var byFile = findings.Select(f => (f.At.Path, f)).Concat(findings.Where(f => f.Related is not null && f.Related.Path != f.At.Path).Select(f => (f.Related!.Path, f)))
            .ToLookup(x => x.Item1, x => x.f, StringComparer.Ordinal);
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var storyNumber = 0;
        foreach (var story in report.Stories)
        {
            var articles = story.Articles.Where(files.ContainsKey).ToList();
            if (articles.Count == 0)
            {
                continue;
            }

            storyNumber++;
            html.Append("<section class=\"story\" id=\"story-").Append(storyNumber).Append("\">\n<h2>");
            Escape(html, story.Title.Length > 0 ? story.Title : "(untitled)");
            html.Append(" <small>(").Append(Count(articles.Count, "article")).Append(")</small></h2>\n<div class=\"articles\">\n");
            foreach (var path in articles)
            {
                WriteArticle(html, files[path], byFile[path], number);
                shown.Add(path);
            }

            html.Append("</div>\n</section>\n");
        }

        // Files on no story: unusable articles, the glossary, every article when cross-article checks were off.
        var rest = report.Files.Where(f => !shown.Contains(f.Path)).ToList();
        if (rest.Count > 0)
        {
            html.Append("<section class=\"story\" id=\"other-files\">\n<h2>").Append(report.Stories.Count > 0 ? "Files on no story" : "Files").Append("</h2>\n");
            foreach (var file in rest)
            {
                html.Append("<div class=\"articles\">\n");
                WriteArticle(html, file, byFile[file.Path], number);
                html.Append("</div>\n");
            }

            html.Append("</section>\n");
        }

        html.Append("</body>\n</html>\n");
        output.Write(html.ToString());
    }

    private static void WriteSummary(StringBuilder html, IReadOnlyList<ReportedFinding> findings)
    {
        html.Append("<section id=\"summary\">\n<h2>Summary by rule</h2>\n");
        if (findings.Count == 0)
        {
            html.Append("<p class=\"empty\">Nothing found.</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<thead><tr><th>Rule</th><th>What it finds</th><th>Findings</th><th>Errors</th><th>Warnings</th><th>Info</th></tr></thead>\n<tbody>\n");
        foreach (var group in findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rule = RuleCatalog.For(group.Key);
            html.Append("<tr><td><a class=\"id\" href=\"");
            Escape(html, rule.HelpUri);
            html.Append("\">");
            Escape(html, rule.Id);
            html.Append("</a></td><td>");
            Escape(html, rule.Title);
            html.Append("</td><td class=\"n\">").Append(group.Count())
                .Append("</td><td class=\"n\">").Append(group.Count(f => f.Severity == "error"))
                .Append("</td><td class=\"n\">").Append(group.Count(f => f.Severity == "warning"))
                .Append("</td><td class=\"n\">").Append(group.Count(f => f.Severity is not "error" and not "warning"))
                .Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>One article: its text with every highlight, and beside it the notes of the findings in it or pointing at it.</summary>
    private static void WriteArticle(StringBuilder html, ReportedFile file, IEnumerable<ReportedFinding> findings, Dictionary<ReportedFinding, int> number)
    {
        var anchor = Anchor(file.Path);
        var marks = new List<Mark>();
        var notes = new List<(ReportedFinding Finding, bool Own)>();
        foreach (var f in findings)
        {
            var cross = f.Related is not null;
            if (f.At.Path == file.Path)
            {
                marks.Add(new Mark(f.At.Start, f.At.End, number[f], cross, f));
                notes.Add((f, true));
            }

            if (f.Related is { } related && related.Path == file.Path)
            {
                marks.Add(new Mark(related.Start, related.End, number[f], true, f));
                if (f.At.Path != file.Path)
                {
                    notes.Add((f, false));
                }
            }
        }

        html.Append("<article class=\"article\" id=\"").Append(anchor).Append("\">\n<h3>");
        Escape(html, file.Path);
        html.Append("</h3>\n<div class=\"text\">");
        WriteText(html, file.Text, marks, anchor);
        html.Append("</div>\n<ol class=\"notes\">\n");
        if (notes.Count == 0)
        {
            html.Append("<li class=\"empty\">No finding.</li>\n");
        }

        // Beside the text in the order of the text, whichever article reported them.
        foreach (var (f, own) in notes.OrderBy(n => n.Own ? n.Finding.At.Start : n.Finding.Related!.Start))
        {
            var n = number[f];
            html.Append("<li id=\"note-").Append(anchor).Append('-').Append(n).Append("\" class=\"")
                .Append(f.Related is null ? "single" : "cross").Append(' ').Append(f.Severity).Append("\"><a href=\"#m-")
                .Append(anchor).Append('-').Append(n).Append("\">").Append(n).Append("</a> <a class=\"id\" href=\"");
            Escape(html, f.Rule.HelpUri);
            html.Append("\" title=\"");
            Escape(html, f.Rule.Title);
            html.Append("\">");
            Escape(html, f.RuleId);
            html.Append("</a> ").Append(f.Severity).Append(", line ").Append(own ? f.At.Line : f.Related!.Line).Append(": ");
            Escape(html, own ? f.Message : $"{Path.GetFileName(f.At.Path)} reports: {f.Message}");
            if (f.Related is { } related)
            {
                var other = own ? related : f.At;
                html.Append(" <a href=\"#m-").Append(Anchor(other.Path)).Append('-').Append(n).Append("\">see it in ");
                Escape(html, Path.GetFileName(other.Path));
                html.Append("</a>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n</article>\n");
    }

    /// <summary>The text cut at every highlight's ends; each piece is wrapped in the highlights covering it (overlaps nest as one mark).</summary>
    private static void WriteText(StringBuilder html, string text, List<Mark> marks, string anchor)
    {
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var mark in marks)
        {
            cuts.Add(Math.Clamp(mark.Start, 0, text.Length));
            cuts.Add(Math.Clamp(mark.End, 0, text.Length));
        }

        var opened = new HashSet<int>();
        var points = marks.Where(m => m.End <= m.Start).ToLookup(m => Math.Clamp(m.Start, 0, text.Length));
        int? previous = null;
        foreach (var cut in cuts)
        {
            if (previous is { } from && cut > from)
            {
                var covering = marks.Where(m => m.Start <= from && m.End >= cut && m.End > m.Start).ToList();
                if (covering.Count == 0)
                {
                    Escape(html, text.AsSpan(from, cut - from));
                }
                else
                {
                    html.Append("<mark class=\"").Append(covering.Any(m => m.Cross) ? "cross" : "single").Append('"');
                    var first = covering.FirstOrDefault(m => opened.Add(m.Number));
                    if (first is not null)
                    {
                        html.Append(" id=\"m-").Append(anchor).Append('-').Append(first.Number).Append('"');
                    }

                    html.Append(" title=\"");
                    Escape(html, string.Join("\n", covering.Select(m => $"{m.Finding.RuleId}: {m.Finding.Message}").Distinct()));
                    html.Append("\">");
                    Escape(html, text.AsSpan(from, cut - from));
                    html.Append("</mark>");
                    foreach (var ended in covering.Where(m => m.End == cut).Select(m => m.Number).Distinct())
                    {
                        html.Append("<sup class=\"ref\"><a href=\"#note-").Append(anchor).Append('-').Append(ended).Append("\">").Append(ended).Append("</a></sup>");
                    }
                }
            }

            foreach (var point in points[cut].DistinctBy(m => m.Number))
            {
                // A finding on no text (the whole file, a missing closing mark): a marker where it is.
                html.Append("<mark class=\"").Append(point.Cross ? "cross" : "single").Append(" point\" id=\"m-").Append(anchor).Append('-').Append(point.Number).Append("\" title=\"");
                Escape(html, $"{point.Finding.RuleId}: {point.Finding.Message}");
                html.Append("\">\u2691</mark><sup class=\"ref\"><a href=\"#note-").Append(anchor).Append('-').Append(point.Number).Append("\">").Append(point.Number).Append("</a></sup>");
            }

            previous = cut;
        }
    }

    /// <summary>HTML-escapes text; control and invisible format characters (bidi overrides, zero widths) are shown as their code point.</summary>
    public static void Escape(StringBuilder html, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                case '\n' or '\t': html.Append(c); break;
                case '\r': break; // CRLF and lone CR: the LF (or nothing) keeps lines apart in pre-wrap text
                default:
                    // A lone surrogate (a highlight cut a pair in two) cannot be written as UTF-8 either.
                    var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                        : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]);
                    if (char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format || char.IsSurrogate(c) && !paired)
                    {
                        html.Append("<span class=\"ctl\">U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append("</span>");
                    }
                    else
                    {
                        html.Append(c);
                    }

                    break;
            }
        }
    }

    private static void Escape(StringBuilder html, string text) => Escape(html, text.AsSpan());

    /// <summary>An id for a file: letters and digits of its path, and a hash so two paths never share one.</summary>
    private static string Anchor(string path)
    {
        var letters = new string(path.Where(char.IsAsciiLetterOrDigit).TakeLast(24).ToArray());
        var hash = 0u;
        foreach (var c in path)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return $"a{letters}-{hash:x8}";
    }

    private static string Count(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";

    private sealed record Mark(int Start, int End, int Number, bool Cross, ReportedFinding Finding);
}
