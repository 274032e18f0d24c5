using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ContentGen.Tests.Analyzers;

public class GlossaryAnalyzerTests
{
    [Fact]
    public Task A_figure_contradicting_a_fact_is_reported_with_the_fact_as_additional_location() =>
        new AnalyzerTest()
            .WithGlossary("{|#9:fact: some 2,000 peacekeepers when Karabakh|}\n")
            .WithArticle("a.txt", "Talks end\n\nRussia sent {|#0:3,000 peacekeepers|} to Karabakh.\n")
            .WithArticle("b.txt", "Talks go on\n\nRussia sent {|#1:about 2,100 peacekeepers|} to Karabakh.\n")
            .WithArticle("c.txt", "Other mission\n\nThe mission sent 3,000 peacekeepers to the islands.\n")
            .Expect("CG2005", 0, 9, "'3,000 peacekeepers' contradicts the glossary fact 'some 2,000 peacekeepers' (ContentGen.glossary, line 1); correct the figure or the fact")
            // a and b report one event, so their figures are compared with each other too (about 2,100 agrees with the fact).
            .Expect("CG2002", 0, 1)
            .Expect("CG2002", 1, 0)
            .RunAsync();

    [Fact]
    public Task Every_bad_glossary_line_is_reported_at_its_line_with_the_reason()
    {
        var test = new AnalyzerTest()
            .WithGlossary("# fine\nNikol Pashinyan = Pashinian\n{|#0:just some words|}\n{|#1:fact: peacekeepers|}\n{|#2:accept: XX12 \"a\"|}\n{|#3:Nobody =|}\n")
            .WithArticle("a.txt", "Talks end\n\nNothing to report.\n");
        string[] messages =
        [
            "Line 3: Glossary line 'just some words' is not 'Canonical Name = Variant, Variant', 'fact: ...' or 'accept: ...'",
            "Line 4: Fact 'peacekeepers' is not one figure with what it counts; write it like 'fact: some 2,000 peacekeepers when Karabakh'",
            "Line 5: 'XX12' is not a ContentGen diagnostic ID; write 'accept: CG2001 \"text\" in file.txt'",
            "Line 6: No variants after '=' for 'Nobody'; list the spellings it replaces, separated by commas",
        ];
        for (var i = 0; i < messages.Length; i++)
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CG0003", DiagnosticSeverity.Warning).WithLocation(i).WithMessage(messages[i]));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task An_accept_line_in_the_glossary_silences_one_finding_in_one_file() =>
        new AnalyzerTest()
            .WithGlossary("{|#9:Nikol Pashinyan = Pashinian|}\naccept: CG2001 \"Pashinian\" in a.txt\n")
            .WithArticle("a.txt", "Talks end\n\nPrime Minister Nikol Pashinian spoke.\n")
            .WithArticle("b.txt", "Talks go on\n\nPrime Minister Nikol {|#0:Pashinian|} spoke again.\n")
            .Expect("CG2001", 0, 9)
            .RunAsync();

    [Fact]
    public Task A_glossary_acceptance_that_accepts_nothing_is_reported_on_the_glossary()
    {
        var test = new AnalyzerTest()
            .WithGlossary("accept: CG1002 \"the the\" in a.txt\n{|#0:accept: CG1002 \"had had\"|}\n")
            .WithArticle("a.txt", "Talks end\n\nThe ferry left the the pier on time.\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG0005", DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("Line 2: 'accept: CG1002 \"had had\"' accepts nothing: no CG1002 finding on 'had had' in any article; remove the line so that old acceptances do not hide new findings"));
        return test.RunAsync();
    }
}
