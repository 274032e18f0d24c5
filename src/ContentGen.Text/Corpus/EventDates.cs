using System;
using System.Text.RegularExpressions;
using ContentGen.Text.Model;

namespace ContentGen.Text.Corpus
{
    /// <summary>
    /// The date and the bare weekday ("on Friday") that an article's lede gives for its main event. Only a date in a
    /// sentence of prose counts: a dateline or publication line ("Posted: May 24, 2005", "TNN Nov 12, 2011, 05:51AM
    /// IST") dates the page, not the event, and outlets publish a day apart as a matter of course.
    /// </summary>
    internal static class EventDates
    {
        private const int LedeParagraphs = 2;

        private static readonly Regex Weekday = new(
            @"\b(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Regex.InfiniteMatchTimeout); // a plain alternation: linear

        // Prose about an event has a few words besides the date, and some of them say something ("reopened",
        // "crossing"); a dateline has stamps and names ("Published on: Fri, 11 Nov 2011 at 09:56 IST").
        private const int MinProseWords = 3;
        private const int MinProseContentWords = 2;

        /// <summary>The first full date in the lede that stands in prose (the year may come from the article's date).</summary>
        public static (ArticleDate Date, StatedDate Stated)? LedeDate(ParsedArticle article, string text)
        {
            var ledeEnd = LedeEnd(article);
            foreach (var stated in article.StatedDates)
            {
                if (stated.Range.Start >= ledeEnd)
                {
                    break;
                }

                if ((stated.Year ?? article.Date?.Year) is { } year && ArticleDate.TryCreate(year, stated.Month, stated.Day, out var date)
                    && InProse(text, stated.Range))
                {
                    return (date, stated);
                }
            }

            return null;
        }

        /// <summary>The first weekday in the lede that is not part of a written date.</summary>
        public static (DayOfWeek Day, TextRange Range)? LedeWeekday(ParsedArticle article)
        {
            var dates = article.StatedDates;
            var d = 0;
            for (var p = 0; p < article.Paragraphs.Count && p < LedeParagraphs; p++)
            {
                var paragraph = article.Paragraphs[p];
                foreach (Match match in Weekday.Matches(paragraph.Text))
                {
                    // Weekdays and dates both run forward through the text: one cursor finds the date a weekday is in.
                    var range = paragraph.ToSource(match.Index, match.Length);
                    while (d < dates.Count && dates[d].Range.End <= range.Start)
                    {
                        d++;
                    }

                    var inDate = d < dates.Count && range.Start >= dates[d].Range.Start;
                    if (!inDate)
                    {
                        return ((DayOfWeek)Enum.Parse(typeof(DayOfWeek), match.Groups["day"].Value), range);
                    }
                }
            }

            return null;
        }

        /// <summary>True when the range stands in a sentence of prose, not in a dateline or a time stamp.</summary>
        public static bool InProse(string text, TextRange range)
        {
            var statement = Statement.Around(text, range);
            return statement.SentenceWordCount >= MinProseWords && statement.Sentence.Count >= MinProseContentWords;
        }

        private static int LedeEnd(ParsedArticle article)
        {
            if (article.Paragraphs.Count == 0)
            {
                return 0;
            }

            var last = article.Paragraphs[Math.Min(LedeParagraphs, article.Paragraphs.Count) - 1];
            var segment = last.Segment(last.SegmentCount - 1);
            return segment.SourceStart + segment.Length;
        }
    }
}
