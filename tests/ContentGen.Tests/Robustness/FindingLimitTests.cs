using ContentGen.Tests.Generator;
using ContentGen.Text;
using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;
using ContentGen.Text.Model;
using ContentGen.Text.Parsing;

namespace ContentGen.Tests.Robustness;

/// <summary>
/// One bad file never floods the output: past <see cref="FindingLimit.PerRule"/> findings of one rule in one article,
/// the first ones in the text are reported and the last of them counts the rest; an article with a few findings of a rule keeps them all, unchanged.
/// </summary>
public class FindingLimitTests
{
    private static ArticleText Article(string text) => new(ArticleParser.Parse("Articles/flood.txt", text), text);

    // Our own writing: a headline, then a sentence with a doubled word, repeated.
    private static string Doubled(int times) =>
        "Harbour notes\n\n" + string.Concat(Enumerable.Range(0, times).Select(i => $"Boat {i} left the the harbour at dawn. "));

    [Fact]
    public void A_flood_of_one_rule_is_cut_to_the_first_in_the_text_with_the_rest_counted()
    {
        var findings = ContentChecker.CheckAlone(Article(Doubled(FindingLimit.PerRule + 275)));

        var doubled = findings.Where(f => f.RuleId == RuleIds.RepeatedWord).ToList();
        Assert.Equal(FindingLimit.PerRule, doubled.Count);
        Assert.Equal(doubled.OrderBy(f => f.Range.Start), doubled);
        Assert.EndsWith("(275 more like it in this file, not reported one by one)", doubled[^1].Message, StringComparison.Ordinal);
        Assert.All(doubled.Take(FindingLimit.PerRule - 1), f => Assert.DoesNotContain("more like it", f.Message, StringComparison.Ordinal));

        // They are the first of the article's, in the text.
        var all = ArticleChecks.Find(Article(Doubled(FindingLimit.PerRule + 275))).Where(f => f.RuleId == RuleIds.RepeatedWord).OrderBy(f => f.Range.Start).ToList();
        Assert.Equal(FindingLimit.PerRule + 275, all.Count);
        Assert.Equal(all.Take(FindingLimit.PerRule).Select(f => f.Range), doubled.Select(f => f.Range));
    }

    [Fact]
    public void A_rule_that_finds_from_the_end_still_reports_the_first_in_the_text()
    {
        var text = "Harbour notes\n\nThe list (of boats " + string.Concat(Enumerable.Repeat("(", FindingLimit.PerRule + 75)) + " ends here.";
        var brackets = ContentChecker.CheckAlone(Article(text)).Where(f => f.RuleId == RuleIds.UnbalancedPair).ToList();

        Assert.Equal(FindingLimit.PerRule, brackets.Count);
        Assert.Equal(text.IndexOf('(', StringComparison.Ordinal), brackets.Min(f => f.Range.Start));
        Assert.Contains(brackets, f => f.Message.EndsWith("(76 more like it in this file, not reported one by one)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_few_findings_of_a_rule_are_all_reported_unchanged()
    {
        var article = Article(Doubled(FindingLimit.PerRule));

        var findings = ContentChecker.CheckAlone(article);

        Assert.Equal(ArticleChecks.Run(article), findings);
        Assert.Equal(FindingLimit.PerRule, findings.Count(f => f.RuleId == RuleIds.RepeatedWord));
        Assert.DoesNotContain(findings, f => f.Message.Contains("more like it", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_that_bounds_its_own_findings_keeps_its_own_bound()
    {
        // The hidden-character rule reports up to 20 of each kind of character and counts the rest itself.
        static Finding Found(string ruleId, int at) => new(ruleId, new TextRange(at, 1), "Found");
        var findings = Enumerable.Range(0, FindingLimit.PerRule + 50).SelectMany(i => new[] { Found(RuleIds.HiddenCharacter, i), Found(RuleIds.RepeatedWord, i) }).ToList();

        var limited = FindingLimit.Apply(findings);

        Assert.Equal(findings.Where(f => f.RuleId == RuleIds.HiddenCharacter), limited.Where(f => f.RuleId == RuleIds.HiddenCharacter));
        Assert.Equal(FindingLimit.PerRule, limited.Count(f => f.RuleId == RuleIds.RepeatedWord));
    }

    [Fact]
    public async Task The_analyzer_reports_a_flooding_file_within_the_limit()
    {
        var normal = GeneratorHarness.Article("normal.txt", "Harbour reopens\n\nMayor Lena Ortiz said some 300 boats returned.\n");
        var flood = GeneratorHarness.Article("flood.txt", Doubled(2_000));

        var result = await AnalyzerHarness.RunAsync([normal, flood]);

        var onFlood = result.Analyzer.Where(d => d.Location.GetLineSpan().Path.EndsWith("flood.txt", StringComparison.Ordinal)).ToList();
        Assert.Equal(FindingLimit.PerRule, onFlood.Count(d => d.Id == RuleIds.RepeatedWord));
        Assert.Contains(onFlood, d => d.GetMessage().Contains($"{2_000 - FindingLimit.PerRule:N0} more like it in this file", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Analyzer, d => d.Id is "AD0001");
    }
}
