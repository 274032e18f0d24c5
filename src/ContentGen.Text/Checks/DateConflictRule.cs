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
    internal sealed class DateConflictRule : ICorpusRule
    {
        private const int MaxDaysApart = 2;

        // A lede's date is the story's main event in both reports, so a looser match than for figures: the words
        // next to the dates and half of the shorter sentence agree ("reopened the crossing on ...").
        private const int MinSharedNear = 2;
        private const double SentenceShare = 0.5;

        public static RuleInfo Metadata { get; } = new(RuleIds.DateConflict, "Dates conflict within a story", RuleCategory.Consistency);

        public RuleInfo Info => Metadata;

        public void Check(CorpusArticle article, CorpusIndex corpus, List<Finding> findings)
        {
            var others = corpus.DirectlyRelated(article)
                .Where(a => a.Article.EventDate is not null)
                .ToList();
            if (others.Count == 0)
            {
                return;
            }

            if (article.Article.EventDate is { } mine)
            {
                // Two dates conflict only where both articles say the same thing of them: "the ferry sank on May 3"
                // against "the ferry sank on May 4", not the crime's date against the trial's.
                foreach (var other in others)
                {
                    var theirs = other.Article.EventDate!.Value;
                    var days = Math.Abs((ToDateTime(mine.Date) - ToDateTime(theirs.Date)).TotalDays);
                    if (days is > 0 and <= MaxDaysApart && mine.Said.Says(theirs.Said, MinSharedNear, SentenceShare))
                    {
                        findings.Add(new Finding(Info.Id, mine.Stated.Range,
                            $"'{mine.Stated.Text}' conflicts with '{theirs.Stated.Text}' in {other.Where(theirs.Stated.Range)}, same story; check the date of the event",
                            new RelatedLocation(other.Path, theirs.Stated.Range)));
                        return;
                    }
                }

                return;
            }

            if (EventDates.LedeWeekday(article.Parsed) is { } weekday)
            {
                var said = Statement.Around(article.Article.Text, weekday.Range);
                foreach (var other in others)
                {
                    var theirs = other.Article.EventDate!.Value;
                    var date = theirs.Date;
                    if (date.DayOfWeek != weekday.Day && said.Says(theirs.Said, MinSharedNear, SentenceShare))
                    {
                        findings.Add(new Finding(Info.Id, weekday.Range,
                            $"'{weekday.Day}' conflicts with '{theirs.Stated.Text}' ({date.ToLongString()} was a {date.DayOfWeek}) in {other.Where(theirs.Stated.Range)}, same story; check the day of the event",
                            new RelatedLocation(other.Path, theirs.Stated.Range)));
                        return;
                    }
                }
            }
        }

        private static DateTime ToDateTime(Model.ArticleDate date) => new(date.Year, date.Month, date.Day);
    }
}
