using ContentGen.Text.Corpus;
using ContentGen.Text.Model;

namespace ContentGen.Tests.Engine;

/// <summary>What a sentence says around a figure or date: its words, the words next to it, whom it is said of.</summary>
public class StatementTests
{
    private static Statement Around(string text, string thing)
    {
        var at = text.IndexOf(thing, StringComparison.Ordinal);
        return Statement.Around(text, new TextRange(at, thing.Length));
    }

    [Theory]
    [InlineData("The ferry averaged 15.5 knots this year, two knots down.", "two knots")]
    [InlineData("The U.S. ferry made 40 crossings.", "40 crossings")]
    public void Decimal_points_and_initials_end_no_sentence(string text, string thing) =>
        Assert.Equal(0, Around(text, thing).SentenceStart);

    [Fact]
    public void A_full_stop_after_a_word_ends_the_sentence() =>
        Assert.Equal(17, Around("The ferry sailed. It made 40 crossings.", "40 crossings").SentenceStart);

    [Fact]
    public void The_same_fact_worded_alike_is_the_same_statement() =>
        Assert.True(Around("Skipper Varga completed his first 17 crossings without a delay.", "17 crossings")
            .Says(Around("Skipper Varga completed his first 35 crossings without a delay, the company said.", "35 crossings")));

    [Fact]
    public void The_same_words_said_of_someone_else_are_not_the_same_statement()
    {
        var varga = Around("Skipper Varga completed his first 17 crossings without a delay.", "17 crossings");
        var renn = Around("Skipper Renn completed his first 35 crossings without a delay.", "35 crossings");

        Assert.NotNull(varga.Subject);
        Assert.False(varga.Says(renn));
    }

    [Fact]
    public void Sentences_that_share_one_word_are_not_the_same_statement() =>
        Assert.False(Around("The storm destroyed 12 houses on the coast.", "12 houses")
            .Says(Around("Builders finished 40 houses in the new district this spring.", "40 houses")));
}
