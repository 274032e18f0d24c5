namespace ContentGen.Tests.Analyzers;

public class UnbalancedPairAnalyzerTests
{
    [Fact]
    public Task Flags_a_stray_closing_quote() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nAliyev offered a treaty \u201Cto end the conflict.\u201D To live as neighbours again.{|CG1003:\u201D|}\n");

    [Fact]
    public Task Flags_a_quote_that_never_closes() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nThe mayor said {|CG1003:\"|}the park is safe.\n\nThe council disagreed.\n");

    [Fact]
    public Task Flags_unbalanced_brackets() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nThe plan {|CG1003:(|}approved in May was dropped.\n\nPrices rose{|CG1003:)|} again, and [the] list {a} was kept.\n");

    [Fact]
    public Task Accepts_a_quotation_continued_across_paragraphs() => AnalyzerTest.VerifyArticle(
        "Council debates park\n\n\"This park belongs to everyone,\" Ortiz said. \"We will not sell it.\n\n\"Not now, and not ever.\"\n");

    [Fact]
    public Task Accepts_apostrophes_single_quoted_titles_and_list_markers() => AnalyzerTest.VerifyArticle(
        "Talks On Return To 'Normal Life'\n\nArmenia's leader and the mayor's aides met. President Vladimir Putin (L) spoke.\n\n1) The first point.\n");
}
