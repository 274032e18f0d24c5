using System.Collections.Generic;
using ContentGen.Text.Corpus;
using ContentGen.Text.Model;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG1005: a weekday that does not match the date written with it ("Thursday, November 26, 2021" was a
    /// Friday). Where the year is not written it is uncertain: a date read from the text may be a historical one
    /// the article mentions, and news announces dates of the coming year ("tickets go on sale Friday, Dec. 6"). So
    /// a date without a year is checked against the front matter's year (and the next or last one across a new
    /// year), or, when the article's date comes from its text, reported only when its weekday fits none of the
    /// years the text writes nor their neighbours; without any year, nothing is checked.
    /// </summary>
    internal sealed class WeekdayMismatchRule : IArticleRule
    {
        public static RuleInfo Metadata { get; } = new(RuleIds.WeekdayMismatch, "Weekday does not match its date", RuleCategory.Content);

        public RuleInfo Info => Metadata;

        public void Check(ArticleText article, List<Finding> findings)
        {
            foreach (var stated in article.Article.StatedDates)
            {
                if (stated.Weekday is not { } weekday)
                {
                    continue;
                }

                if (stated.Year is { } written)
                {
                    if (ArticleDate.TryCreate(written, stated.Month, stated.Day, out var exact) && exact.DayOfWeek != weekday)
                    {
                        Report(findings, stated.Range, stated.Text, exact, weekday, string.Empty);
                    }

                    continue;
                }

                var years = CandidateYears(article.Article, stated.Month);
                if (years.Count == 0 || Fits(years, stated.Month, stated.Day, weekday))
                {
                    continue;
                }

                if (ArticleDate.TryCreate(years[0], stated.Month, stated.Day, out var date))
                {
                    Report(findings, stated.Range, stated.Text, date, weekday, $" (year {years[0]} from the article's date; no year it mentions fits either)");
                }
            }
        }

        private void Report(List<Finding> findings, TextRange range, string text, ArticleDate date, System.DayOfWeek weekday, string assumed) =>
            findings.Add(new Finding(Info.Id, range, $"'{text}': {date.ToLongString()} was a {date.DayOfWeek}, not a {weekday}{assumed}; correct the weekday or the date"));

        // The article's year first (it names the year in the message). A year declared in front matter is trusted,
        // with the neighbouring year only across a new year (a December article on "Friday, January 3"); a year
        // read from the text may be a historical date or a coming one, so each year written counts with both
        // neighbours.
        private static List<int> CandidateYears(ParsedArticle article, int month)
        {
            var years = new List<int>();
            var fromText = false;
            foreach (var stated in article.StatedDates)
            {
                fromText |= article.Date is { } d && stated.Year == d.Year && stated.Month == d.Month && stated.Day == d.Day;
            }

            if (article.Date is { } date)
            {
                years.Add(date.Year);
                if (!fromText)
                {
                    if (date.Month >= 11 && month <= 2)
                    {
                        years.Add(date.Year + 1);
                    }
                    else if (date.Month <= 2 && month >= 11)
                    {
                        years.Add(date.Year - 1);
                    }

                    return years;
                }
            }

            foreach (var stated in article.StatedDates)
            {
                if (stated.Year is { } year && !years.Contains(year + 1))
                {
                    years.Add(year);
                    years.Add(year - 1);
                    years.Add(year + 1);
                }
            }

            return years;
        }

        private static bool Fits(List<int> years, int month, int day, System.DayOfWeek weekday)
        {
            foreach (var year in years)
            {
                if (ArticleDate.TryCreate(year, month, day, out var date) && date.DayOfWeek == weekday)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
