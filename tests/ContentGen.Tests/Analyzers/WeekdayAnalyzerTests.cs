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
}
