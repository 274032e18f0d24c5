using System.Collections.Generic;
using ContentGen.Text.Model;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG1005: a weekday that does not match the date written with it ("Thursday, November 26, 2021" was a
    /// Friday). Where the year is not written, the article's own date supplies it; without either, nothing is checked.
    /// </summary>
    public sealed class WeekdayMismatchRule : IArticleRule
    {
        public string Id => RuleIds.WeekdayMismatch;

        public void Check(ArticleText article, List<Finding> findings)
        {
            foreach (var stated in article.Article.StatedDates)
            {
                if (stated.Weekday is not { } weekday || (stated.Year ?? article.Article.Date?.Year) is not { } year)
                {
                    continue;
                }

                if (!ArticleDate.TryCreate(year, stated.Month, stated.Day, out var date) || date.DayOfWeek == weekday)
                {
                    continue;
                }

                var assumed = stated.Year is null ? $" (year {year} from the article's date)" : string.Empty;
                findings.Add(new Finding(
                    Id,
                    stated.Range,
                    $"'{stated.Text}': {date.ToLongString()} was a {date.DayOfWeek}, not a {weekday}{assumed}; correct the weekday or the date"));
            }
        }
    }
}
