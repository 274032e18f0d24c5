using System.Text.RegularExpressions;

namespace ContentGen.Tests.Cli;

/// <summary>`--format html`, opened in a real headless browser: what it parses, and what it draws.</summary>
public sealed class HtmlReportTests : IDisposable
{
    private const string Cross = "#ffd54f";
    private const string Single = "#80d8ff";
    private const string Body = "Governor Aleksandr {0} opened the new Skerrow pier in Portmain on Monday; 340 workers built it in {1} months.\n\nTraders in Portmain welcomed the pier after months of delays, {0} said{2}.\n";
    private const string Hostile = " <script>document.title='pwned'</script> & <img src=x onerror=alert(1)> \u202Eevil";
    private readonly string _folder = Directory.CreateTempSubdirectory("contentgen-html-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_page_is_self_contained_and_escapes_every_text()
    {
        var page = Report(WithFindings());

        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<script|<link|src=""|url\(", page);
        Assert.Contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;", page, StringComparison.Ordinal);
        // The bidi override is shown as its code point, inside the highlight of the finding about it (CG1007).
        Assert.Matches("<mark class=\"single\"[^>]*title=\"CG1007: [^\"]*\"><span class=\"ctl\">U\\+202E</span></mark><sup class=\"ref\">.*?</sup>evil", page);
    }

    [ChromiumFact]
    public void In_a_browser_conflicts_are_highlighted_in_both_articles_side_by_side_and_single_findings_in_place()
    {
        var file = Path.Combine(_folder, "report.html");
        File.WriteAllText(file, Report(WithFindings()));

        var dom = Chromium.DumpDom(file);

        // Parsed as text, not markup: the hostile article added no element and did not change the title.
        Assert.Contains("<title>ContentGen report</title>", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", dom, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", dom, StringComparison.Ordinal);

        var wire = Article(dom, "wire.txt");
        var gazette = Article(dom, "gazette.txt");
        var sport = Article(dom, "sport.txt");
        Assert.Matches("<mark class=\"cross\"[^>]*>19 months</mark>", wire);
        Assert.Matches("<mark class=\"cross\"[^>]*>18 months</mark>", gazette);
        Assert.Matches("<mark class=\"cross\"[^>]*>Kuzmin</mark>", wire);
        Assert.Matches("<mark class=\"cross\"[^>]*>Kouzmin</mark>", gazette);
        Assert.Matches("<mark class=\"single\"[^>]*>the the</mark>", sport);
        Assert.Contains("CG2002", gazette, StringComparison.Ordinal);
        Assert.Contains("conflicts with", gazette, StringComparison.Ordinal);
        Assert.Contains("'the' is repeated", sport, StringComparison.Ordinal);

        // The two articles of the story sit in one row; the summary counts by rule.
        var story = Regex.Match(dom, "<section class=\"story\"[^>]*>\\s*<h2>Skerrow pier opens in Portmain.*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains("gazette.txt", story, StringComparison.Ordinal);
        Assert.Contains("wire.txt", story, StringComparison.Ordinal);
        var summary = Regex.Match(dom, "<section id=\"summary\">.*?</section>", RegexOptions.Singleline).Value;
        foreach (var rule in new[] { "CG1002", "CG2001", "CG2002" })
        {
            Assert.Contains($">{rule}</a>", summary, StringComparison.Ordinal);
        }
    }

    [ChromiumFact]
    public void A_screenshot_shows_the_highlights_in_both_columns_and_none_on_a_clean_page()
    {
        var withFindings = Path.Combine(_folder, "findings.html");
        File.WriteAllText(withFindings, Report(WithFindings()));
        var cleanFolder = Directory.CreateDirectory(Path.Combine(_folder, "clean")).FullName;
        File.WriteAllText(Path.Combine(cleanFolder, "a.txt"), "Ferry returns to the harbour\n\nThe ferry left the pier on time.\n");
        var clean = Path.Combine(cleanFolder, "clean.html");
        File.WriteAllText(clean, Report(cleanFolder));

        var shot = Chromium.Screenshot(withFindings, 1400, 1400);
        var cleanShot = Chromium.Screenshot(clean, 1400, 1400);

        // Each highlight is at least a word's width by a line's height of its colour: a few hundred pixels.
        var half = shot.Width / 2;
        Assert.True(shot.Count(Cross, 0, half) > 600, $"conflict highlights in the left column: {shot.Count(Cross, 0, half)} pixels");
        Assert.True(shot.Count(Cross, half) > 600, $"conflict highlights in the right column: {shot.Count(Cross, half)} pixels");
        Assert.True(shot.Count(Single) > 150, $"single-article highlight: {shot.Count(Single)} pixels");
        Assert.Equal((0, 0), (cleanShot.Count(Cross), cleanShot.Count(Single)));
    }

    private string WithFindings()
    {
        File.WriteAllText(Path.Combine(_folder, "wire.txt"), "Governor opens Skerrow pier\n\n" + string.Format(Body, "Kuzmin", 19, Hostile));
        File.WriteAllText(Path.Combine(_folder, "gazette.txt"), "Skerrow pier opens in Portmain\n\n" + string.Format(Body, "Kouzmin", 18, string.Empty));
        File.WriteAllText(Path.Combine(_folder, "sport.txt"), "Regatta\n\nThe Brindle crew won the the autumn regatta on the Hollin river.\n");
        return _folder;
    }

    private static string Report(string folder)
    {
        var result = CliProcess.RunIn(folder, "--format", "html", ".");
        Assert.True(result.ExitCode is 0 or 1, result.Errors);
        return result.Output;
    }

    /// <summary>The article element whose heading is <paramref name="path"/>.</summary>
    private static string Article(string dom, string path)
    {
        var match = Regex.Match(dom, $"<article class=\"article\"[^>]*>\\s*<h3>{Regex.Escape(path)}</h3>.*?</article>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no article {path}");
        return match.Value;
    }
}
