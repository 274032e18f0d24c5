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

    [Fact]
    public Task Flags_doubled_articles_auxiliaries_and_a_doubled_word_at_a_sentence_start() => AnalyzerTest.VerifyArticle(
        "Ferry resumes\n\nThe ferry needs {|CG1002:a a|} new engine. It {|CG1002:is is|} old and has to go {|CG1002:to to|} the yard. {|CG1002:The the|} crew agreed.\n");

    [Fact]
    public Task Leaves_names_titles_product_codes_and_particles_alone() => AnalyzerTest.VerifyArticle(
        "Ferry resumes\n\nThe band Velvet Velvet played, and Marko Marko sang. The HX9 HX9 pump failed. She filled in in pen, and what it is is a delay.\n");

    [Fact]
    public Task Leaves_two_senses_joined_by_and_and_plurals_alone() => AnalyzerTest.VerifyArticle(
        "Ferry resumes\n\nShe thanked her and her family. The list read: yes, yes, yes and yes. The queue ran for miles and miles, and the crowd went on and on and on. Berg and Berg built the hull.\n");

    [Fact]
    public Task Leaves_a_heading_line_that_repeats_the_last_word_of_the_line_before_alone() => AnalyzerTest.VerifyArticle(
        "Ferry resumes\n\nThe crew filed a report on the engine\nEngine repairs will take a week.\n");

    [Fact]
    public Task Flags_a_doubled_content_word_in_english() => AnalyzerTest.VerifyArticle(
        "Ferry resumes\n\nThe old {|CG1002:ferry ferry|} left the harbour at noon with the new crew on board.\n");

    [Fact]
    public Task Leaves_reduplication_and_reflexives_in_other_languages_alone() => AnalyzerTest.VerifyArticle(
        "Ferry resumes\n\nKapal itu sudah tua dan mesinnya rusak. Para awak bekerja keras, tetapi perbaikan berjalan pelan pelan sekali.\n\n"
        + "Hier soir, après la tempête, alors nous nous sommes retrouvés au port avec tout l'équipage du bateau.\n");

    [Fact]
    public Task Flags_a_phrase_of_three_or_four_words_written_twice() => AnalyzerTest.VerifyArticle(
        "Ferry resumes\n\nThe ferry sails {|CG1002:at the end at the end|} of the month, and {|CG1002:the crew has been the crew has been|} paid.\n");

    [Fact]
    public Task Leaves_a_name_before_the_same_word_as_a_modal_alone() => AnalyzerTest.VerifyArticle(
        "Ferry resumes\n\nWill will attend the meeting for the crew, the union said, and its secretary May may join him later.\n");
}
