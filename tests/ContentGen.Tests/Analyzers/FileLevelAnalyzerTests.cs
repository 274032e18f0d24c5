using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ContentGen.Tests.Analyzers;

public class FileLevelAnalyzerTests
{
    [Fact]
    public Task An_empty_article_is_unusable()
    {
        var test = new AnalyzerTest().WithArticle("brief.txt", "");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG0001", DiagnosticSeverity.Warning)
            .WithSpan(AnalyzerTest.ProjectDir + "Articles/brief.txt", 1, 1, 1, 1)
            .WithMessage("This file cannot be used as an article: it is empty; write the article or exclude the file with ContentGen=\"false\""));
        return test.RunAsync();
    }

    [Fact]
    public Task A_binary_file_is_unusable() =>
        AnalyzerTest.VerifyArticle("{|CG0001:{|CG1007:\0\0\0\0\u0001\u0002|}PNG|}");

    [Fact]
    public Task A_bad_front_matter_line_says_which_line_and_why()
    {
        var test = new AnalyzerTest().WithArticle("a.txt", "---\ntitle: Talks end\ndate: 26/11/2021\n---\nThe leaders met.\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG0003", DiagnosticSeverity.Warning)
            .WithSpan(AnalyzerTest.ProjectDir + "Articles/a.txt", 3, 7, 3, 17)
            .WithMessage("Line 3: Date '26/11/2021' is not an ISO date; write it as yyyy-MM-dd, e.g. 2021-11-26 (a time may follow: 2021-11-26T09:00:00Z)"));
        return test.RunAsync();
    }

    [Fact]
    public Task Two_articles_with_one_slug_are_reported_on_the_later_one_with_the_other_as_additional_location()
    {
        var test = new AnalyzerTest()
            .WithArticle("same title.txt", "{|#1:First|}\n\nBody one.\n")
            .WithArticle("same_title.txt", "Second\n\nBody two.\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG0002", DiagnosticSeverity.Warning)
            .WithSpan(AnalyzerTest.ProjectDir + "Articles/same_title.txt", 1, 1, 1, 1)
            .WithLocation(1)
            .WithMessage("This article and 'Articles/same title.txt' resolve to the same slug 'same-title'; this one is generated as Articles.SameTitle2 and Articles.Find(\"same-title\") returns the other. Give one of them a distinct 'slug:' in front matter"));
        return test.RunAsync();
    }

    [Fact]
    public Task An_old_language_version_is_reported_once()
    {
        var test = new AnalyzerTest().WithArticle("a.txt", "Talks end\n\nBody.\n").WithArticle("b.txt", "Talks go on\n\nBody.\n");
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectParseOptions(projectId, new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3)));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG0004", DiagnosticSeverity.Warning)
            .WithSpan(AnalyzerTest.ProjectDir + "Articles/a.txt", 1, 1, 1, 1)
            .WithMessage("The project uses C# 7.3; ContentGen's article records need C# 9 or later, so no article types are generated. Set <LangVersion>9</LangVersion> or later"));
        return test.RunAsync();
    }

    [Fact]
    public Task Files_marked_ContentGen_false_and_tool_files_are_not_analysed()
    {
        var test = new AnalyzerTest();
        test.TestState.AdditionalFiles.Add((AnalyzerTest.ProjectDir + "BannedSymbols.txt", "the the\n- Advertisement -\n"));
        test.TestState.AdditionalFiles.Add((AnalyzerTest.ProjectDir + "notes.txt", "the the\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/0/Test0/.editorconfig", "root = true\n[notes.txt]\nbuild_metadata.AdditionalFiles.ContentGen = false\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task An_accepted_finding_is_not_reported() => AnalyzerTest.VerifyArticle(
        "---\naccept: CG1002 \"the the\"\n---\nTalks end\n\nThe band named itself the the, as the record shows. But the side {|CG1002:of the of the|} river is a typo.\n");

    [Fact]
    public Task An_acceptance_that_accepts_nothing_is_reported_at_its_line() => AnalyzerTest.VerifyArticle(
        "---\naccept: {|CG0005:CG1002 \"had had\"|}\n---\nTalks end\n\nThe ferry left the pier on time.\n");
}
