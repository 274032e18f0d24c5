using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ContentGen.Tests.Analyzers;

public class DateConflictAnalyzerTests
{
    private const string Story = "Governor Aleksandr Kuzmin spoke at Skerrow, near Portmain.";

    [Fact]
    public Task A_weekday_against_another_articles_date_is_reported() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Ferry back\n\nThe crossing reopened on {{|#0:Thursday|}}. {Story}\n")
            .WithArticle("b.txt", $"Ferry returns\n\nThe crossing reopened on {{|#1:November 26, 2021|}}. {Story}\n")
            .Expect("CG2004", 0, 1, "'Thursday' conflicts with 'November 26, 2021' (November 26, 2021 was a Friday) in Articles/b.txt (line 3), same story; check the day of the event")
            .RunAsync();

    [Fact]
    public Task Two_ledes_a_day_apart_are_reported() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Ferry back\n\nThe crossing reopened on {{|#0:March 4, 2025|}}. {Story}\n")
            .WithArticle("b.txt", $"Ferry returns\n\nThe crossing reopened on {{|#1:March 5, 2025|}}. {Story}\n")
            .Expect("CG2004", 0, 1)
            .Expect("CG2004", 1, 0)
            .RunAsync();

    [Fact]
    public Task A_matching_weekday_and_a_later_follow_up_are_fine() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Ferry back\n\nThe crossing reopened on Friday. {Story}\n")
            .WithArticle("b.txt", $"Ferry returns\n\nThe crossing reopened on November 26, 2021. {Story}\n")
            .WithArticle("c.txt", $"Ferry a week on\n\nA week later, on December 2, 2021, sailings were added. {Story}\n")
            .RunAsync();

    [Fact]
    public Task Publication_lines_a_day_apart_are_not_event_dates()
    {
        // The stamps are page furniture (CG1001), and they date the page, not the event: no CG2004.
        var test = new AnalyzerTest()
            .WithArticle("a.txt", $"Ferry back\n\n{{|#0:Posted: March 4, 2025|}}\n\nThe crossing reopened after repairs. {Story}\n")
            .WithArticle("b.txt", $"Ferry returns\n\n{{|#1:March 5, 2025 | 8:20 am|}}\n\nThe crossing reopened after repairs. {Story}\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG1001", DiagnosticSeverity.Warning).WithLocation(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG1001", DiagnosticSeverity.Warning).WithLocation(1));
        return test.RunAsync();
    }

    [Fact]
    public Task A_weekday_is_not_compared_with_a_date_said_of_something_else() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Ferry trial ends\n\nThe captain was sentenced on Saturday to two years for the sinking. {Story}\n")
            .WithArticle("b.txt", $"Captain sentenced\n\nThe ferry sank on March 11, 2025, near the pier, and a judge has now sentenced the captain to two years. {Story}\n")
            .RunAsync();
}
