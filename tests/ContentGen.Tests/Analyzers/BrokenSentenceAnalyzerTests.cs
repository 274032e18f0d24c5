namespace ContentGen.Tests.Analyzers;

public class BrokenSentenceAnalyzerTests
{
    [Fact]
    public Task Flags_a_fragment_after_a_full_stop() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nAzerbaijan gained areas held by Armenian forces. {|CG1004:retrieved.|} The talks went on.\n");

    [Fact]
    public Task Flags_a_lower_case_tail_at_the_end_of_a_paragraph() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nThe opposition fears the demarcation would harm its interests. {|CG1004:can be done.|}\n");

    [Fact]
    public Task Accepts_abbreviations_initials_ellipses_and_brand_names() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nU.S. forces left. Mr. Smith and Dr. Jones met at 10 a.m. on Monday. John F. Kennedy was cited, e.g. by aides. A revival of the region...has a great importance. The new model sold well. iPhone sales rose.\n");

    [Fact]
    public Task Accepts_abbreviations_by_list_and_by_shape() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nThe shop on Elm Ave. opened. Smallwood LLC. rented it. Gov. Hale came, and No. 5 won. Add 1 Tbsp. sugar and 2 tsp. salt, then 8 oz. milk. The firm sold 40 Mio. tickets, bzw. most of them. Buy 2 шт. яблок.\n");

    [Fact]
    public Task Accepts_web_addresses_handles_and_one_word_sentences_for_effect() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nThe mayor posted a photo. pic.example.com/abc123 It spread fast. https://t.example/x was the link. Her team replied: We're. on. it. The firm is my2boats. my2boats sells boats.\n");

    [Fact]
    public Task Flags_a_fragment_after_a_short_word_that_is_no_abbreviation() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nThe boat left at dawn. {|CG1004:then it sank.|} The crew swam ashore.\n");
}
