using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using ContentGen.Text.Model;

namespace ContentGen.Text.Extraction
{
    /// <summary>
    /// Finds dates written in prose — "November 26, 2021", "26 November 2021", "Nov. 26", "2021-11-26", and after a
    /// weekday "25/03/2025" — with a weekday written right before them ("Thursday, November 26", "Thu., Nov. 26"). Month names must be capitalised so that the
    /// verb "may" is never a month. Impossible dates (February 30) are not dates.
    /// </summary>
    internal static class DateFinder
    {
        private const string Month = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";
        // A weekday in full, or abbreviated with its full stop or comma ("Mon,", "Thurs."; not "The Sun, March 3").
        private const string WeekdayRequired = @"(?:(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]+|(?<!The[ \t])(?<short>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:\.,?|,)[ \t]+)(?:the[ \t]+)?";
        private const string Weekday = "(?:" + WeekdayRequired + ")?";

        // No timeout (arming one reads the clock on every call): every quantifier is bounded or a run of blanks
        // that must be followed by a digit or a month, so a failed match backtracks over one run only, and runs
        // never overlap: matching stays linear in the paragraph's length (LinearTimeTests feed it 1 MB paragraphs).
        private static readonly TimeSpan NoTimeout = Regex.InfiniteMatchTimeout;

        private static readonly Regex Pattern = new(
            @"\b" + Weekday + Month + @"[ \t]+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?[ \t]+(?<year>\d{4})\b)?"
            + @"|\b" + Weekday + @"(?<day>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?" + Month + @"(?:,?[ \t]+(?<year>\d{4})\b)?"
            + @"|\b(?<iso>(?<year>\d{4})-(?<mm>\d{2})-(?<dd>\d{2}))\b"
            // A numeric date only after a weekday ("Friday, 25/03/2025"): without one, "3/4" is a fraction or a score.
            + @"|\b" + WeekdayRequired + @"(?<first>\d{1,2})/(?<second>\d{1,2})/(?<year>\d{4})\b",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled,
            NoTimeout);

        private static readonly string[] MonthPrefixes = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

        /// <summary>Dates in <paramref name="text"/>; ranges are offsets into that text.</summary>
        public static List<StatedDate> Find(string text)
        {
            var dates = new List<StatedDate>();
            if (!MayHoldDate(text))
            {
                return dates;
            }

            foreach (Match match in Pattern.Matches(text))
            {
                int month, day;
                int? year = null;
                var weekday = WeekdayOf(match);
                if (match.Groups["iso"].Success)
                {
                    month = int.Parse(match.Groups["mm"].Value, CultureInfo.InvariantCulture);
                    day = int.Parse(match.Groups["dd"].Value, CultureInfo.InvariantCulture);
                }
                else if (match.Groups["first"].Success)
                {
                    if (!TryReadNumeric(match, weekday, out month, out day))
                    {
                        continue;
                    }
                }
                else
                {
                    month = MonthNumber(match.Groups["month"].Value);
                    day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
                }

                if (match.Groups["year"].Success)
                {
                    year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                }

                // Check the day against the month (a leap year where no year is written, so "February 29" stays possible).
                if (!ArticleDate.TryCreate(year ?? 2000, month, day, out _))
                {
                    continue;
                }

                dates.Add(new StatedDate(year, month, day, weekday, new TextRange(match.Index, match.Length), match.Value));
            }

            return dates;
        }

        // Every date has a capitalised month name or an ISO dash: a cheap scan spares the regex most paragraphs.
        private static bool MayHoldDate(string text)
        {
            if (text.IndexOf('-') >= 0 || text.IndexOf('/') >= 0)
            {
                return true;
            }

            foreach (var month in MonthNames)
            {
                if (text.IndexOf(month, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly string[] MonthNames = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

        private static readonly string[] WeekdayPrefixes = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };

        private static DayOfWeek? WeekdayOf(Match match)
        {
            var group = match.Groups["weekday"].Success ? match.Groups["weekday"] : match.Groups["short"];
            return group.Success ? (DayOfWeek)Array.IndexOf(WeekdayPrefixes, group.Value.Substring(0, 3).ToLowerInvariant()) : null;
        }

        // Day first or month first: a part above 12 is the day. Where both could be either, the reading that fits
        // the weekday written with it is the one meant; where neither fits, the month-first reading is reported.
        private static bool TryReadNumeric(Match match, DayOfWeek? weekday, out int month, out int day)
        {
            var first = int.Parse(match.Groups["first"].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            (month, day) = (first, second);
            if (first > 12 && second <= 12)
            {
                (month, day) = (second, first);
            }
            else if (first <= 12 && second <= 12 && weekday is { } stated
                && !(ArticleDate.TryCreate(year, first, second, out var monthFirst) && monthFirst.DayOfWeek == stated)
                && ArticleDate.TryCreate(year, second, first, out var dayFirst) && dayFirst.DayOfWeek == stated)
            {
                (month, day) = (second, first);
            }

            return month is >= 1 and <= 12;
        }

        private static int MonthNumber(string name)
        {
            var prefix = name.Substring(0, 3).ToLowerInvariant();
            return Array.IndexOf(MonthPrefixes, prefix) + 1;
        }
    }
}
