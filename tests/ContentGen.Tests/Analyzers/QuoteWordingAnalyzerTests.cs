namespace ContentGen.Tests.Analyzers;

public class QuoteWordingAnalyzerTests
{
    private const string Story = "President Vladimir Putin hosted Aliyev and Pashinyan in Sochi.";

    [Fact]
    public Task The_same_statement_worded_differently_is_reported() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Talks open\n\n{Story}\n\nPutin said \"{{|#0:not all issues have been resolved yet.|}}\"\n")
            .WithArticle("b.txt", $"Leaders meet\n\n{Story}\n\n\"{{|#1:Unfortunately, not all issues have been settled|}},\" Putin said.\n")
            .Expect("CG2003", 0, 1, "Vladimir Putin is quoted as \"not all issues have been resolved yet.\" here but as \"Unfortunately, not all issues have been settled\" in Articles/b.txt (line 5), same story; check the wording against the source")
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

    [Fact]
    public Task One_word_changed_is_reported_on_the_report_that_differs_from_the_others() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Talks open\n\n{Story}\n\n\"{{|#1:We want every family to feel safe in their own home again|}},\" a spokesman said.\n")
            .WithArticle("b.txt", $"Leaders meet\n\n{Story}\n\n\"We want every family to feel safe in their own home again,\" the spokesman said.\n\nTraders in Lindholm welcomed the news of a ceasefire.\n")
            .WithArticle("c.txt", $"Summit in Sochi\n\n{Story}\n\n\"{{|#0:We wish every family to feel safe in their own home again|}},\" a spokesman said.\n")
            .Expect("CG2003", 0, 1)
            .RunAsync();

    [Fact]
    public Task An_excerpt_that_stops_short_of_the_difference_corroborates_neither_report() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Talks open\n\n{Story}\n\n\"{{|#0:We will keep talking. The border has always been open to families from both sides|}},\" Putin said.\n")
            .WithArticle("b.txt", $"Leaders meet\n\n{Story}\n\n\"{{|#1:We will keep talking. The border has constantly been open to families from both sides|}},\" Putin said.\n")
            .WithArticle("c.txt", $"Summit in Sochi\n\n{Story}\n\n\"We will keep talking,\" Putin said.\n")
            .Expect("CG2003", 0, 1)
            .Expect("CG2003", 1, 0)
            .RunAsync();

    [Fact]
    public Task Speakers_of_one_surname_are_compared() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Talks open\n\n{Story}\n\n\"{{|#0:We want every family to feel safe in their own home again|}},\" Vladimir Putin said.\n")
            .WithArticle("b.txt", $"Leaders meet\n\n{Story}\n\n\"{{|#1:We wish every family to feel safe in their own home again|}},\" Igor Putin said.\n")
            .Expect("CG2003", 0, 1)
            .Expect("CG2003", 1, 0)
            .RunAsync();

    [Fact]
    public Task Tidied_transcripts_compounds_spelling_and_editors_insertions_agree() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Talks open\n\n{Story}\n\n\"We received a letter from the organisation about the data center in her neighbourhood,\" she said.\n")
            .WithArticle("b.txt", $"Leaders meet\n\n{Story}\n\n\"We have received a letter from the organization [the ministry] about the datacenter in her neighborhood,\" she said.\n")
            .RunAsync();

    [Fact]
    public Task Different_statements_sharing_some_words_are_not_compared() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Talks open\n\n{Story}\n\n\"The border must stay open for trade and for families,\" Putin said.\n")
            .WithArticle("b.txt", $"Leaders meet\n\n{Story}\n\n\"Families on both sides of the border want peace more than trade,\" Putin said.\n")
            .RunAsync();

    [Fact]
    public Task A_span_holding_an_attribution_is_not_one_quotation() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Talks open\n\n{Story}\n\n\"The talks went well,\" he said. \"We hope for peace in the region soon.\"\n")
            .WithArticle("b.txt", $"Leaders meet\n\n{Story}\n\n\"The talks went well, she said. We hope for peace in the whole region soon.\"\n")
            .RunAsync();
}
