using Microsoft.CodeAnalysis.Testing;

namespace ContentGen.Tests.Analyzers;

public class WeekdayAnalyzerTests
{
    [Fact]
    public Task Flags_a_weekday_that_does_not_match_the_date()
    {
        var test = new AnalyzerTest().WithArticle("a.txt", "Talks end\n\nThe leaders met on Thursday, November 26, 2021, in Sochi.\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG1005", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithSpan(AnalyzerTest.ProjectDir + "Articles/a.txt", 3, 20, 3, 47)
            .WithMessage("'Thursday, November 26, 2021': November 26, 2021 was a Friday, not a Thursday; correct the weekday or the date"));
        return test.RunAsync();
    }

    [Fact]
    public Task Takes_the_year_from_the_article_date_when_it_is_not_written() => AnalyzerTest.VerifyArticle(
        "---\ndate: 2021-11-27\n---\nTalks end\n\nThe leaders met on {|CG1005:Thursday, November 26|} in Sochi.\n");

    [Fact]
    public Task Accepts_a_correct_weekday_and_a_weekday_without_a_year_to_check() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nThe leaders met on Friday, November 26, 2021. They meet again on Monday, December 6.\n");

    [Fact]
    public Task A_historical_year_in_the_text_does_not_decide_the_year_of_a_date_without_one() => AnalyzerTest.VerifyArticle(
        "Band returns\n\nThe band first played on June 3, 1999. It plays again on March 3, 2020, and tickets go on sale Friday, Dec. 6.\n");

    [Fact]
    public Task A_date_without_a_year_is_flagged_when_no_year_of_the_text_fits() => AnalyzerTest.VerifyArticle(
        "Band returns\n\nThe band played on June 3, 2019. Tickets go on sale {|CG1005:Tuesday, Dec. 6|}.\n");

    [Fact]
    public Task Across_a_new_year_the_front_matter_year_has_a_neighbour() => AnalyzerTest.VerifyArticle(
        "---\ndate: 2019-12-20\n---\nBand returns\n\nThe tour opens on Friday, January 3, after the holidays.\n");

    [Fact]
    public Task Checks_abbreviated_weekdays_and_numeric_dates_after_a_weekday() => AnalyzerTest.VerifyArticle(
        "Band returns\n\nThe tour opens {|CG1005:Wed, March 3, 2025|}, and the second show is on {|CG1005:Friday, 25/03/2025|}. "
        + "The third is on Thursday, 27/03/2025, and the fourth on Sat., March 29, 2025.\n");
}
