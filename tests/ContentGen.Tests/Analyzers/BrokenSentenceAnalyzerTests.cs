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
}
