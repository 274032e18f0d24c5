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
    [InlineData("It opens Mon, March 3, 2025.", DayOfWeek.Monday, 2025, 3, 3)]
    [InlineData("It opened Thurs. Nov. 26 at noon.", DayOfWeek.Thursday, null, 11, 26)]
    [InlineData("It opens Tue., 4 March 2025.", DayOfWeek.Tuesday, 2025, 3, 4)]
    public void Reads_an_abbreviated_weekday(string text, DayOfWeek weekday, int? year, int month, int day)
    {
        var date = Assert.Single(DateFinder.Find(text));
        Assert.Equal((weekday, year, month, day), (date.Weekday, date.Year, date.Month, date.Day));
    }

    [Theory]
    [InlineData("It sailed on Friday, 25/03/2025, late.", 2025, 3, 25)] // day first: 25 cannot be a month
    [InlineData("It sailed on Friday 3/28/2025, late.", 2025, 3, 28)] // month first: 28 cannot be a month
    [InlineData("It sailed on Thursday, 3/4/2025, late.", 2025, 4, 3)] // both fit a calendar: the weekday decides (3 April 2025 was a Thursday)
    [InlineData("It sailed on Tuesday, 3/4/2025, late.", 2025, 3, 4)] // March 4 2025 was a Tuesday
    public void Reads_a_numeric_date_after_a_weekday(string text, int year, int month, int day)
    {
        var date = Assert.Single(DateFinder.Find(text));
        Assert.Equal((year, month, day), (date.Year, date.Month, date.Day));
    }

    [Theory]
    [InlineData("The score was 3/4/2025 in the old table.")] // no weekday: a numeric date alone is not read
    [InlineData("The Sun, March 3, reported it.")] // a newspaper, not Sunday
    [InlineData("They met on Sat March 3.")] // an abbreviation needs its full stop or comma
    public void Reads_no_weekday_where_none_is_written(string text)
    {
        foreach (var date in DateFinder.Find(text))
        {
            Assert.Null(date.Weekday);
        }
    }

    [Theory]
    [InlineData("They may 5 times a day.")]
    [InlineData("February 30, 2021 never happened.")]
    [InlineData("Room 2021-13-40 is closed.")]
    public void Ignores_what_is_not_a_date(string text) => Assert.Empty(DateFinder.Find(text));
}
