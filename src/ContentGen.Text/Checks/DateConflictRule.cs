using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Corpus;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG2004: dates that conflict within a story — a weekday in one article's lede against the date another
    /// article gives for the event, or two ledes dating the event a day or two apart.
    /// </summary>
    public sealed class DateConflictRule : ICorpusRule
    {
        private const int MaxDaysApart = 2;

        public string Id => RuleIds.DateConflict;

        public void Check(CorpusArticle article, CorpusIndex corpus, List<Finding> findings)
        {
            var others = corpus.DirectlyRelated(article)
                .Select(a => (Article: a, Lede: EventDates.LedeDate(a.Parsed)))
                .Where(a => a.Lede is not null)
                .ToList();
            if (others.Count == 0)
            {
                return;
            }

            var own = EventDates.LedeDate(article.Parsed);
            if (own is { } mine)
            {
                foreach (var (other, lede) in others)
                {
                    var days = Math.Abs((ToDateTime(mine.Date) - ToDateTime(lede!.Value.Date)).TotalDays);
                    if (days is > 0 and <= MaxDaysApart)
                    {
                        findings.Add(new Finding(Id, mine.Stated.Range,
                            $"'{mine.Stated.Text}' conflicts with '{lede.Value.Stated.Text}' in {other.Where(lede.Value.Stated.Range)}, same story; check the date of the event",
                            new RelatedLocation(other.Path, lede.Value.Stated.Range)));
                        return;
                    }
                }

                return;
            }

            if (EventDates.LedeWeekday(article.Parsed) is { } weekday)
            {
                var (other, lede) = others[0];
                var date = lede!.Value.Date;
                if (date.DayOfWeek != weekday.Day)
                {
                    findings.Add(new Finding(Id, weekday.Range,
                        $"'{weekday.Day}' conflicts with '{lede.Value.Stated.Text}' ({date.ToLongString()} was a {date.DayOfWeek}) in {other.Where(lede.Value.Stated.Range)}, same story; check the day of the event",
                        new RelatedLocation(other.Path, lede.Value.Stated.Range)));
                }
            }
        }

        private static DateTime ToDateTime(Model.ArticleDate date) => new(date.Year, date.Month, date.Day);
    }
}
