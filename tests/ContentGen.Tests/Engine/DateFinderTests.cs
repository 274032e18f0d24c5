using ContentGen.Text.Extraction;

namespace ContentGen.Tests.Engine;

public class DateFinderTests
{
    [Theory]
    [InlineData("on November 26, 2021.", 2021, 11, 26)]
    [InlineData("on 26 November 2021.", 2021, 11, 26)]
    [InlineData("on Nov. 26, 2021.", 2021, 11, 26)]
    [InlineData("dated 2021-11-26 in the file", 2021, 11, 26)]
    public void Finds_full_dates(string text, int year, int month, int day)
    {
        var date = Assert.Single(DateFinder.Find(text));
        Assert.Equal((year, month, day), (date.Year, date.Month, date.Day));
    }

    [Fact]
    public void Keeps_the_weekday_written_before_a_date()
    {
        var date = Assert.Single(DateFinder.Find("It happened on Thursday, November 26."));

        Assert.Equal(DayOfWeek.Thursday, date.Weekday);
        Assert.Null(date.Year);
        Assert.Equal("Thursday, November 26", date.Text);
    }

    [Theory]
    [InlineData("They may 5 times a day.")]
    [InlineData("February 30, 2021 never happened.")]
    [InlineData("Room 2021-13-40 is closed.")]
    public void Ignores_what_is_not_a_date(string text) => Assert.Empty(DateFinder.Find(text));
}
