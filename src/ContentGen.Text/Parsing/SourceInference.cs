using System;
using System.Text.RegularExpressions;

namespace ContentGen.Text.Parsing
{
    /// <summary>
    /// Infers the outlet from a credit line ("Credit: www.independent.co.uk / ...", "Copyright (c)2021 RFE/RL, Inc.")
    /// or from a dateline that opens the story ("(RFE/RL) - The leaders ...", "MOSCOW (Reuters) -", "DRAVIK,
    /// October 14, 2025 (Valley Post) - ...").
    /// </summary>
    internal static class SourceInference
    {
        // No match timeout, as for every other pattern of the engine: the inputs are cut to 300 and 200 characters and
        // every repetition is bounded, so a match is short whatever the text; a timeout only made the result depend on
        // the machine's load (a busy compiler server threw RegexMatchTimeoutException and the generator produced
        // nothing: docs/benchmarks.md, section 8, tenth session).
        private static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout;

        private static readonly Regex Domain = new(
            @"\bwww\.[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}\b|\b[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9][a-z0-9-]{0,62}){0,3}\.(?:com|org|net|co\.uk|uk|de|fr|ru|am|az|info|news|io|eu|ca|au|in)\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex CreditPrefix = new(
            @"^(?:(?:credits?|copyright|source|reprinted (?:with|by|from)(?: the permission of)?|all rights reserved)\s*:?\s*|©\s*|\(c\)\s*|\d{4}\s*,?\s*)+",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex Dateline = new(
            @"^(?:[A-Z][A-Z .,'-]{0,40}(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}),?\s+\d{4})?\s)?\((?<outlet>[^()]{2,40})\)\s*[-\u2013\u2014]",
            RegexOptions.CultureInvariant, Timeout);

        public static string? FromCredit(string credit)
        {
            var line = credit.Length > 300 ? credit.Substring(0, 300) : credit;
            var domain = Domain.Match(line);
            if (domain.Success)
            {
                return domain.Value;
            }

            var rest = CreditPrefix.Replace(line, string.Empty).Trim();
            var end = rest.IndexOfAny(OutletEnds);
            foreach (var separator in OutletSeparators)
            {
                var at = rest.IndexOf(separator, StringComparison.Ordinal);
                if (at >= 0 && (end < 0 || at < end))
                {
                    end = at;
                }
            }

            var period = rest.IndexOf(". ", StringComparison.Ordinal);
            if (period >= 0 && (end < 0 || period < end))
            {
                end = period;
            }

            var outlet = (end >= 0 ? rest.Substring(0, end) : rest).Trim().TrimEnd('.');
            return outlet.Length is > 1 and <= 60 ? outlet : null;
        }

        private static readonly char[] OutletEnds = { ',', ';', '|' };

        private static readonly string[] OutletSeparators = { " / ", " - ", " \u2013 " };

        public static string? FromDateline(string firstParagraph)
        {
            // A dateline opens with a capital or the bracket, and the bracket stands in the part the pattern reads:
            // most first paragraphs are ruled out without the pattern.
            var length = Math.Min(firstParagraph.Length, 200);
            if (length == 0 || !(firstParagraph[0] == '(' || firstParagraph[0] is >= 'A' and <= 'Z') || firstParagraph.IndexOf('(', 0, length) < 0)
            {
                return null;
            }

            var match = Dateline.Match(firstParagraph.Length > 200 ? firstParagraph.Substring(0, 200) : firstParagraph);
            return match.Success ? match.Groups["outlet"].Value.Trim() : null;
        }
    }
}
