using ContentGen.Text.Model;

namespace ContentGen.Tests.Engine;

public class MessageTextTests
{
    [Fact]
    public void Two_quotes_that_differ_late_are_shown_from_a_few_words_before_the_difference()
    {
        const string opening = "We want everyone in the valley to know that the new ferry timetable was agreed with the islanders and ";
        var (first, second) = MessageText.Differing(opening + "the crews alike.", opening + "the harbour crews alike.");

        Assert.Equal("...islanders and the crews alike.", first);
        Assert.Equal("...islanders and the harbour crews alike.", second);
    }

    [Fact]
    public void Two_quotes_that_differ_early_are_shown_from_their_start()
    {
        var (first, second) = MessageText.Differing("The bridge will open in spring, the minister said to the assembled press.", "The bridge will open in summer, the minister said to the assembled press.");

        Assert.StartsWith("The bridge will open in spring", first, StringComparison.Ordinal);
        Assert.StartsWith("The bridge will open in summer", second, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_tail_after_the_difference_is_still_cut_to_the_limit()
    {
        var opening = string.Concat(Enumerable.Repeat("word ", 30));
        var (first, second) = MessageText.Differing(opening + "alpha " + new string('x', 200), opening + "beta " + new string('y', 200), 80);

        Assert.Equal(80, first.Length);
        Assert.Contains("alpha", first, StringComparison.Ordinal);
        Assert.Contains("beta", second, StringComparison.Ordinal);
    }
}
