using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;
using ContentGen.Text.Glossaries;
using ContentGen.Text.Parsing;

namespace ContentGen.Tests.Engine;

/// <summary>CG0005: an accept: line that accepts no finding is reported; one that accepts a finding is left alone.</summary>
public class StaleAcceptanceTests
{
    private const string Repeated = "Talks end\n\nThe ferry left the the pier on time.\n";
    private const string Clean = "Talks end\n\nThe ferry left the pier on time.\n";
    private const string Pier = "Governor Aleksandr Kuzmin opened the new Skerrow pier in Portmain on Monday; 340 workers built it in {0} months.\n\nTraders in Portmain welcomed the pier after months of delays, Kuzmin said.\n";

    private static ArticleText Article(string path, string text) => new(ArticleParser.Parse(path, text), text);

    private static string WithAccept(string accept, string body) => $"---\naccept: {accept}\n---\n{body}";

    [Theory]
    [InlineData("CG1002 \"the the\"")]
    [InlineData("CG1002")]
    [InlineData("cg1002 \"THE THE\"")]
    public void An_acceptance_that_accepts_a_finding_is_left_alone(string accept)
    {
        var findings = ArticleChecks.Run(Article("a.txt", WithAccept(accept, Repeated)));

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("CG1002 \"the the\"", "no CG1002 finding on 'the the' in this article")]
    [InlineData("CG1002", "no CG1002 finding in this article")]
    [InlineData("CG1002 \"had had\"", "no CG1002 finding on 'had had'")]
    public void An_acceptance_whose_text_was_edited_away_is_reported_at_its_line(string accept, string message)
    {
        var text = WithAccept(accept, Clean);

        var finding = Assert.Single(ArticleChecks.Run(Article("a.txt", text)));

        Assert.Equal(RuleIds.StaleAccept, finding.RuleId);
        Assert.Contains(message, finding.Message);
        Assert.Equal(accept, text.Substring(finding.Range.Start, finding.Range.Length));
    }

    [Fact]
    public void An_acceptance_of_a_rule_that_does_not_exist_is_reported()
    {
        var finding = Assert.Single(ArticleChecks.Run(Article("a.txt", WithAccept("CG9999", Clean))));

        Assert.Equal(RuleIds.StaleAccept, finding.RuleId);
        Assert.Contains("names no ContentGen rule", finding.Message);
    }

    [Fact]
    public void An_acceptance_that_is_no_rule_id_is_a_front_matter_issue()
    {
        var article = ArticleParser.Parse("a.txt", WithAccept("XX12 \"a\"", Clean));

        Assert.Contains(article.FrontMatterIssues, i => i.Message.Contains("'XX12' is not a ContentGen diagnostic ID"));
        Assert.Empty(article.Accepted);
    }

    [Fact]
    public void Accept_CG0005_turns_the_report_off_for_the_article()
    {
        var text = "---\naccept: CG1002 \"had had\"\naccept: CG0005\n---\n" + Clean;

        Assert.Empty(ArticleChecks.Run(Article("a.txt", text)));
    }

    [Fact]
    public void A_cross_article_acceptance_is_judged_by_the_cross_article_pass()
    {
        var accepted = Article("wire.txt", WithAccept("CG2002 \"19 months\"", "Governor opens Skerrow pier\n\n" + string.Format(Pier, 19)));
        var conflicting = Article("gazette.txt", "Skerrow pier opens in Portmain\n\n" + string.Format(Pier, 21));
        var agreeing = Article("gazette.txt", "Skerrow pier opens in Portmain\n\n" + string.Format(Pier, 19));

        Assert.Empty(ArticleChecks.Run(accepted)); // not the single-article pass's to judge

        var withConflict = new CorpusIndex([accepted, conflicting]);
        Assert.Empty(CorpusChecks.Run(withConflict.Find("wire.txt")!, withConflict));

        var withoutConflict = new CorpusIndex([accepted, agreeing]);
        var stale = Assert.Single(CorpusChecks.Run(withoutConflict.Find("wire.txt")!, withoutConflict));
        Assert.Equal(RuleIds.StaleAccept, stale.RuleId);
        Assert.Contains("no CG2002 finding on '19 months'", stale.Message);
    }

    [Fact]
    public void An_acceptance_of_a_rule_both_passes_report_is_stale_only_when_neither_has_a_finding()
    {
        // CG1001 comes from the article's own boilerplate and from lines repeated across articles.
        var article = Article("a.txt", WithAccept("CG1001", "Talks end\n\nThe ferry left the pier on time.\n\n- Advertisement -\n\nIt came back in the evening.\n"));
        var corpus = new CorpusIndex([article]);

        Assert.DoesNotContain(ArticleChecks.Run(article), f => f.RuleId is RuleIds.StaleAccept or RuleIds.Boilerplate);
        Assert.DoesNotContain(CorpusChecks.Run(corpus.Find("a.txt")!, corpus), f => f.RuleId == RuleIds.StaleAccept);
    }

    [Fact]
    public void A_glossary_acceptance_accepts_single_article_findings_too()
    {
        var glossary = GlossaryParser.Parse("ContentGen.glossary", "accept: CG1002 \"the the\" in a.txt\n");

        Assert.Empty(ArticleChecks.Run(Article("a.txt", Repeated), glossary));
        Assert.Single(ArticleChecks.Run(Article("b.txt", Repeated), glossary));
    }

    [Fact]
    public void Glossary_acceptances_that_accept_nothing_are_reported_on_the_glossary()
    {
        const string text = "accept: CG1002 \"the the\" in a.txt\naccept: CG1002 \"had had\"\naccept: CG1002 in missing.txt\naccept: CG1002 \"the the\"\n";
        var glossary = GlossaryParser.Parse("ContentGen.glossary", text);
        var corpus = new CorpusIndex([Article("a.txt", Repeated), Article("b.txt", Clean)], glossary);

        var stale = StaleAcceptance.InGlossary(corpus);

        Assert.All(stale, f => Assert.Equal(RuleIds.StaleAccept, f.RuleId));
        Assert.Equal(["accept: CG1002 \"had had\"", "accept: CG1002 in missing.txt"], stale.Select(f => text.Substring(f.Range.Start, f.Range.Length)));
        Assert.Contains("names no article of the project", stale[1].Message);
        Assert.StartsWith("Line 2: 'accept: CG1002 \"had had\"' accepts nothing", stale[0].Message);
    }
}
