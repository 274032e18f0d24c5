using System;
using System.Globalization;

namespace ContentGen.Text.Model
{
    /// <summary>A calendar date without time or zone, valid by construction (see <see cref="TryCreate"/>).</summary>
    internal readonly record struct ArticleDate(int Year, int Month, int Day)
    {
        public static bool TryCreate(int year, int month, int day, out ArticleDate date)
        {
            date = default;
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            date = new ArticleDate(year, month, day);
            return true;
        }

        public DayOfWeek DayOfWeek => new DateTime(Year, Month, Day).DayOfWeek;

        /// <summary>ISO 8601, <c>yyyy-MM-dd</c>.</summary>
        public override string ToString() => new DateTime(Year, Month, Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>As a reader would write it: <c>November 26, 2021</c>.</summary>
        public string ToLongString() => new DateTime(Year, Month, Day).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
    }
}
