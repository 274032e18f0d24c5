using ContentGen.Text.Corpus;

namespace ContentGen.Tests.Engine;

/// <summary>
/// "The same quotation worded differently" (CG2003's comparison): an alignment of the two quotes' words. Each kind of
/// difference an editor accepts agrees; a word or two changed is reported; different statements are not compared.
/// </summary>
public class QuoteComparisonTests
{
    private static bool Reworded(string a, string b) =>
        QuoteComparison.WordedDifferently(QuoteComparison.Words(a), QuoteComparison.Words(b));

    private static bool Same(string a, string b) =>
        QuoteComparison.SameWords(QuoteComparison.Words(a), QuoteComparison.Words(b));

    [Theory]
    [InlineData("The harbour will never close while I am mayor of this town", "The harbour will not close while I am mayor of this town")]
    [InlineData("We want every family on the island to feel safe at home again", "We wish every family on the island to feel safe at home again")]
    [InlineData("The crews have always worked through the winter storms without complaint", "The crews have constantly worked through the winter storms without complaint")]
    [InlineData("The island has waited long enough for a proper road to the mainland", "The island has waited long enough for a road to the mainland")]
    public void One_word_changed_added_or_dropped_is_a_rewording(string a, string b)
    {
        Assert.True(Reworded(a, b));
        Assert.True(Reworded(b, a));
        Assert.False(Same(a, b));
    }

    [Fact]
    public void The_same_sentence_ended_differently_by_a_word_is_a_rewording() =>
        Assert.True(Reworded("Sadly, not every question about the pier has been answered. We will keep asking.", "not every question about the pier has been settled yet."));

    [Fact]
    public void A_rewording_inside_an_excerpt_of_a_longer_quote_is_found() =>
        Assert.True(Reworded(
            "The ferry will begin sailing in May, and the council expects the crossing to be busy from the first week",
            "the council expects the crossing to be crowded from the first week"));

    [Theory]
    [InlineData("Ferries, buses and trains must run on time, every time.", "ferries buses and trains must run on time -- every time")]
    [InlineData("We are becoming a multi-planetary company with an eleventh-hour plan", "We are becoming a multiplanetary company with an 11th hour plan")]
    [InlineData("The pilot landed at 6:15pm EST on the second runway of the field", "The pilot landed at 18:15 on the 2nd runway of the field")]
    [InlineData("The neighbourhood organised a meeting about the e-mail from the council", "The neighborhood organized a meeting about the email from the council")]
    [InlineData("It's an honour and I don't think it is an accident that we won", "It is a honor and I do not think it's an accident that we won")]
    [InlineData("We urge all Harbour Ferry Line customers to book before the end of May", "We urge all HFL customers to book before the end of May")]
    [InlineData("The trade office in the U.S. will open its doors to every exporter", "The trade office in the United States will open its doors to every exporter")]
    [InlineData("Tickets go on sale at Ferrytix.com for every crossing this summer", "Tickets go on sale at Ferrytix for every crossing this summer")]
    [InlineData("We have received a letter from her [the mayor's] office about the crossing", "We received a letter from her office about the crossing")]
    public void Differences_an_editor_accepts_agree(string a, string b)
    {
        Assert.False(Reworded(a, b));
        Assert.True(Same(a, b));
    }

    [Fact]
    public void The_same_remark_stopped_a_few_words_short_of_its_end_is_a_rewording()
    {
        Assert.True(Reworded("is not as calm at the harbour as we would like", "not as calm at the harbour as we would like it to be."));
        Assert.True(Reworded("not as calm at the harbour as we would like it to be.", "is not as calm at the harbour as we would like"));
    }

    [Theory]
    [InlineData("calm and under close watch.", "We are keeping the harbour calm and under close watch at this point")] // starts later: a fragment
    [InlineData("is not as calm at the harbour as", "not as calm at the harbour as we would like it to be in the spring season.")] // many words short
    public void A_fragment_that_stops_short_is_not_a_rewording(string a, string b) =>
        Assert.False(Reworded(a, b));

    [Theory]
    [InlineData("waited long enough for a road", "The island has waited long enough for a road to the mainland, and it has waited in vain")]
    [InlineData("What is at stake is the future of the island and with it the future of the harbour", "the future of the island, and with that the future of the harbour, hangs on this vote")]
    [InlineData("The crews worked through the storms, because the road had to be finished", "worked through the storms, because the road")]
    public void A_quote_cut_shorter_or_longer_at_either_end_is_not_a_rewording(string a, string b) =>
        Assert.False(Reworded(a, b));

    [Theory]
    [InlineData("The skipper is tired and needs to be relieved as soon as possible", "The skipper needs to be relieved as soon as possible")]
    [InlineData("I just want to thank the crews and just say well done to every one of them", "I thank the crews and say well done to every one of them")]
    [InlineData("We were loading the cars, but were late by an hour", "we were loading the cars but we were late by an hour")]
    public void Phrases_and_function_words_left_out_are_not_a_rewording(string a, string b) =>
        Assert.False(Reworded(a, b));

    [Theory]
    [InlineData("the very soul of the Harbour Protection Act.", "a reckless reading of the Harbour Protection Act.")]
    [InlineData("The border must stay open for trade and for families", "Families on both sides of the border want peace more than trade")]
    [InlineData("There are the big ferry lines, such as Nordline and Baltic Star, but there are also small ones like us.", "Small operators bring a speed and a freshness that the big lines lack.")]
    [InlineData("The storm was really strong, and people ran into the streets in fear.", "People ran into the streets, fearing waves.")]
    [InlineData("Building the pier requires a whole network of engineers, divers and crane operators", "Building the pier requires a whole network to do what has to be done on time")]
    public void Different_statements_by_one_speaker_are_not_a_rewording(string a, string b) =>
        Assert.False(Reworded(a, b));

    [Fact]
    public void Two_quotes_that_merely_overlap_on_a_phrase_are_not_a_rewording() =>
        Assert.False(Reworded("Within one minute or two, the whole roof of the depot was ablaze", "The harbour police and the fire crews arrived within a minute or two"));

    [Fact]
    public void A_word_changed_where_the_quotes_also_begin_differently_is_not_a_rewording() =>
        Assert.False(Reworded(
            "The council has agreed to grant every licence for the crossings to run on mutually agreed days",
            "come to terms on a deal that lets the crossings to run on mutually approved days"));

    [Fact]
    public void An_excerpt_is_the_same_words_whichever_is_asked()
    {
        Assert.True(Same("waited long enough for a road", "The island has waited long enough for a road to the mainland"));
        Assert.True(Same("The island has waited long enough for a road to the mainland", "waited long enough for a road"));
    }

    [Fact]
    public void Two_renderings_differing_in_many_words_are_not_a_rewording() =>
        Assert.False(Reworded(
            "The government has reached the very edge of its patience with the ferry company",
            "The government is at the limit of its tolerance for the ferry operator"));

    [Fact]
    public void A_number_changed_is_a_rewording() =>
        Assert.True(Reworded("We will build three new ferries for the northern route next year", "We will build four new ferries for the northern route next year"));
}
