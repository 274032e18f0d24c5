using Microsoft.CodeAnalysis.Testing;

namespace ContentGen.Tests.Analyzers;

public class NameSpellingAnalyzerTests
{
    [Fact]
    public Task Flags_each_later_spelling_that_differs_from_the_first()
    {
        var test = new AnalyzerTest().WithArticle("a.txt", """
            Talks end

            Prime Minister Nikol Pashinyan sat across the table.

            {|#0:Pashinian|} said the border was calm. {|#1:Pashinian|} also said more talks were needed.
            """);
        foreach (var marker in new[] { 0, 1 })
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CG1006", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                .WithLocation(marker)
                .WithMessage("Name 'Pashinian' is spelled 'Pashinyan' at line 3 of this article; use one spelling"));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Different_people_who_share_a_surname_are_not_misspellings() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nSenator Maria Lopez met Mayor Carlos Lopez. Lopez said the plan was sound.\n");

    [Fact]
    public Task A_given_name_spelled_two_ways_is_flagged()
    {
        var test = new AnalyzerTest().WithArticle("a.txt", "Pier opens\n\nGovernor Katrin Vossberg cut the ribbon.\n\nLater Governor {|#0:Catrin|} Vossberg thanked the crew.\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG1006", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithMessage("Name 'Catrin' is spelled 'Katrin' at line 3 of this article; use one spelling"));
        return test.RunAsync();
    }

    [Fact]
    public Task Case_hyphen_particle_and_quoted_differences_are_not_flagged() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nMinister Khalid al-Rashidi met Mayor Dana LaSalle. Rashidi left early.\n\n" +
        "Lasalle stayed. \"We thank Minister Rashidy,\" the mayor said.\n");
}
