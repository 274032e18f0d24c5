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

        // A lede's date is the story's main event in both reports, so a looser match than for figures: the words
        // next to the dates and half of the shorter sentence agree ("reopened the crossing on ...").
        private const int MinSharedNear = 2;
        private const double SentenceShare = 0.5;

        public string Id => RuleIds.DateConflict;

        public void Check(CorpusArticle article, CorpusIndex corpus, List<Finding> findings)
        {
            var others = corpus.DirectlyRelated(article)
                .Select(a => (Article: a, Lede: EventDates.LedeDate(a.Parsed, a.Article.Text)))
                .Where(a => a.Lede is not null)
                .ToList();
            if (others.Count == 0)
            {
                return;
            }

            var text = article.Article.Text;
            if (EventDates.LedeDate(article.Parsed, text) is { } mine)
            {
                // Two dates conflict only where both articles say the same thing of them: "the ferry sank on May 3"
                // against "the ferry sank on May 4", not the crime's date against the trial's.
                var statement = Statement.Around(text, mine.Stated.Range);
                foreach (var (other, lede) in others)
                {
                    var days = Math.Abs((ToDateTime(mine.Date) - ToDateTime(lede!.Value.Date)).TotalDays);
                    if (days is > 0 and <= MaxDaysApart && statement.Says(Statement.Around(other.Article.Text, lede.Value.Stated.Range), MinSharedNear, SentenceShare))
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
                var said = Statement.Around(text, weekday.Range);
                foreach (var (other, lede) in others)
                {
                    var date = lede!.Value.Date;
                    if (date.DayOfWeek != weekday.Day && said.Says(Statement.Around(other.Article.Text, lede.Value.Stated.Range), MinSharedNear, SentenceShare))
                    {
                        findings.Add(new Finding(Id, weekday.Range,
                            $"'{weekday.Day}' conflicts with '{lede.Value.Stated.Text}' ({date.ToLongString()} was a {date.DayOfWeek}) in {other.Where(lede.Value.Stated.Range)}, same story; check the day of the event",
                            new RelatedLocation(other.Path, lede.Value.Stated.Range)));
                        return;
                    }
                }
            }
        }

        private static DateTime ToDateTime(Model.ArticleDate date) => new(date.Year, date.Month, date.Day);
    }
}
