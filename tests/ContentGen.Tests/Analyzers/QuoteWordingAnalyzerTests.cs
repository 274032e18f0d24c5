namespace ContentGen.Tests.Analyzers;

public class QuoteWordingAnalyzerTests
{
    private const string Story = "President Vladimir Putin hosted Aliyev and Pashinyan in Sochi.";

    [Fact]
    public Task The_same_statement_worded_differently_is_reported() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Talks open\n\n{Story}\n\nPutin said \"{{|#0:not all issues have been resolved yet.|}}\"\n")
            .WithArticle("b.txt", $"Leaders meet\n\n{Story}\n\n\"{{|#1:Unfortunately, not all issues have been settled|}},\" Putin said.\n")
            .Expect("CG2003", 0, 1, "Vladimir Putin is quoted as \"not all issues have been resolved yet.\" here but as \"Unfortunately, not all issues have been settled\" in b.txt (line 5), same story; check the wording against the source")
            .Expect("CG2003", 1, 0)
            .RunAsync();

    [Fact]
    public Task Punctuation_case_name_spelling_and_excerpts_are_not_differences() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Talks open\n\n{Story}\n\n\"We trust Pashinyan and the process, and we will continue,\" Putin said.\n\n\"A lot has been done over the year,\" Putin said.\n")
            .WithArticle("b.txt", $"Leaders meet\n\n{Story}\n\n\"we trust Pashinian and the process -- and we will continue\" Putin said.\n\nPutin said \"a lot has been done\" since then.\n")
            .RunAsync();

    [Fact]
    public Task Different_speakers_are_not_compared() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Talks open\n\n{Story}\n\n\"Not all issues have been resolved yet,\" Putin said.\n")
            .WithArticle("b.txt", $"Leaders meet\n\n{Story}\n\nPrime Minister Nikol Pashinyan said \"not all issues have been settled.\"\n")
            .RunAsync();
}
