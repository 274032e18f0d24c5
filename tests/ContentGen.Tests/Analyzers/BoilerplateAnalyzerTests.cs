using Microsoft.CodeAnalysis.Testing;

namespace ContentGen.Tests.Analyzers;

public class BoilerplateAnalyzerTests
{
    [Fact]
    public Task Flags_each_scraped_line() => AnalyzerTest.VerifyArticle("""
        Ferry resumes

        {|CG1001:- Advertisement -|}

        The ferry sailed again on Monday. The caption ends here. {|CG1001:Image:|}

        {|CG1001:Mail Us For DMCA / Credit Notice|}

        {|CG1001:Get the best stories in your inbox|}

        {|CG1001:Related Stories|}
        """);

    [Fact]
    public Task A_credit_or_copyright_line_is_metadata_not_boilerplate() => AnalyzerTest.VerifyArticle("""
        Ferry resumes

        The ferry sailed again on Monday.

        Credit: www.harbourwire.example / Islands

        Copyright (c)2025 Harbour Wire, Inc. Reprinted with permission.
        """);

    [Fact]
    public Task A_short_line_repeated_across_three_articles_is_furniture()
    {
        var test = new AnalyzerTest();
        foreach (var name in new[] { "a.txt", "b.txt", "c.txt" })
        {
            test.WithArticle(name, $"Story {name[0]} opens\n\nThe council met on Monday and agreed the plan.\n\n{{|CG1001:Subscribe to the Harbour Gazette|}}\n");
        }

        return test.RunAsync();
    }

    [Fact]
    public Task A_sentence_shared_by_three_outlets_is_wire_copy_not_furniture()
    {
        var test = new AnalyzerTest();
        foreach (var name in new[] { "a.txt", "b.txt", "c.txt" })
        {
            test.WithArticle(name, $"Story {name[0]} opens\n\nThe council met on Monday and agreed the plan for the harbour.\n");
        }

        return test.RunAsync();
    }

    [Fact]
    public Task The_message_names_the_line_and_the_fix()
    {
        var test = new AnalyzerTest().WithArticle("a.txt", "Ferry resumes\n\nThe ferry sailed.\n\n- Advertisement -\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG1001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithSpan(AnalyzerTest.ProjectDir + "Articles/a.txt", 5, 1, 5, 18)
            .WithMessage("Scraped advertisement marker '- Advertisement -' left in the article; delete it"));
        return test.RunAsync();
    }

    [Fact]
    public Task Flags_what_extractors_leave_around_a_story() => AnalyzerTest.VerifyArticle("""
        Ferry link restored after storm
        {|CG1001:By Ann Lee|}
        {|CG1001:Mar. 4, 2025 8:03 am ET|}
        {|CG1001:Share|}
        The ferry between Portmain and Skerrow sailed again on Monday after a winter of repairs to the pier.
        {|CG1001:A ferry leaves the rebuilt pier at dawn. (AP Photo/Bo Park)|}
        The crossing takes an hour, and the first boat was full, the operator said.
        {|CG1001:Continue reading the main story|}
        The operator said fares would not rise this year, whatever the repairs had cost.
        {|CG1001:Related Stories|}
        {|CG1001:Council approves second crossing|}
        {|CG1001:Skerrow school reopens after flood|}
        """);

    [Fact]
    public Task Leaves_a_fixture_list_a_closing_credit_and_a_half_typed_last_line_alone() => AnalyzerTest.VerifyArticle("""
        Weekend fixtures

        The league resumes this weekend after the storm break, with four games on the coast.

        Saturday, March 8

        Portmain v Skerrow

        Dravik v Holm

        Photo: Bo Park, Harbour Wire

        The last game of the day starts at
        """);
}
