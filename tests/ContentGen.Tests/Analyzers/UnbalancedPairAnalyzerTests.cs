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

    [Fact]
    public Task Accepts_a_quotation_that_runs_on_inside_a_joined_line() => AnalyzerTest.VerifyArticle(
        "Council debates park\n\nThe mayor spoke first. \"This park belongs to everyone. \"We will not sell it, not now and not ever,\" she said.\n");

    [Fact]
    public Task Accepts_a_quotation_closed_lines_later_in_one_sentence_per_line_text() => AnalyzerTest.VerifyArticle(
        "Council debates park\nThe mayor said: \u201CThis park belongs to everyone.\nWe will not sell it.\u201D\nThe council agreed.\n");

    [Fact]
    public Task Accepts_inch_marks_list_markers_and_marks_that_point_the_other_way() => AnalyzerTest.VerifyArticle(
        "Council debates park\n\nThe keeper is 6'2\" tall and bought a 27\" screen. The plan has a) a pond 1) a path and b) a bench. Critics called it \u201Dcostly\u201D and \u201E zu teuer\u201C and \u201Cunwise\u2019\u2019 too.\n");

    [Fact]
    public Task Still_flags_a_doubled_mark_and_a_closing_mark_with_no_opening_one() => AnalyzerTest.VerifyArticle(
        "Council debates park\n\nThe mayor said {|CG1003:\"|}\" we will see.\n\nThe council agreed{|CG1003:\u201D|} on Monday.\n");

    [Fact]
    public Task Flags_an_opening_curly_single_quote_never_closed() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nThe mayor called it a {|CG1003:\u2018|}fresh start for the harbour and left the meeting early.\n");

    [Fact]
    public Task Leaves_closed_continued_and_apostrophe_single_quotes_alone() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nThe mayor called it a \u2018fresh start\u2019 for the harbour\u2019s workers, back to the \u201890s.\n\n"
        + "The chair said: \u2018We will rebuild the pier.\n\n\u2018It will take two years,\u2019 she added.\n\n"
        + "The farmers\u2019 union called the plan \u2018rock \u2018n\u2019 roll\u2019 politics.\n");

    [Fact]
    public Task Leaves_single_quotes_of_other_languages_alone() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nKeluarga Siti \u2018Aminah datang ke pelabuhan pada pagi hari untuk menyambut kapal itu.\n\n"
        + "\uADF8\uB294 \u2018\uC0C8 \uCD9C\uBC1C\u2019\uC774\uB77C\uACE0 \uB9D0\uD588\uB2E4.\n");

    [Fact]
    public Task A_bracket_left_open_inside_another_is_one_finding() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nBreakfast [two eggs, one slice of toast {|CG1003:(|}or a bowl of oats for the crew] was served early.\n");
}
