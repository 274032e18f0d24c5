namespace ContentGen.Tests.Analyzers;

public class RepeatedWordAnalyzerTests
{
    [Fact]
    public Task Flags_a_doubled_word_at_its_exact_span() =>
        AnalyzerTest.VerifyArticle("Ferry resumes\n\nKuzmin said {|CG1002:the the|} region would grow.\n");

    [Fact]
    public Task Flags_a_word_paired_with_itself() =>
        AnalyzerTest.VerifyArticle("Talks resume\n\nBoth leaders were ready to begin the {|CG1002:demarcation and demarcation|} of the border.\n");

    [Fact]
    public Task Leaves_deliberate_repetition_alone() =>
        AnalyzerTest.VerifyArticle("Talks resume\n\nShe had had enough. He said that that was final. They met again and again, more and more often, step by step, and prices grew bigger and bigger.\n");
}
