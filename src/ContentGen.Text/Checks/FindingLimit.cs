using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// One bad file never floods the output: past <see cref="PerRule"/> findings of one rule in one article (a pasted
    /// megabyte of brackets, a word repeated a hundred thousand times), the rest are counted in the last one reported
    /// instead of each becoming a diagnostic, as the hidden-character rule does for each kind of character (and is
    /// left to do: <see cref="RuleInfo.LimitsItsFindings"/>). Applied by <see cref="ContentChecker"/> after
    /// acceptances, so every host reports alike.
    /// </summary>
    internal static class FindingLimit
    {
        /// <summary>
        /// Findings of one rule reported one by one in one article: a written article has a few, a scraped page up to
        /// about fifty leftover lines (the most in the real pages measured was 48), a flood hundreds of thousands.
        /// </summary>
        public const int PerRule = 100;

        // The rules that bound their own findings (per kind, with counts of their own) are left as they report.
        private static readonly HashSet<string> SelfLimited = new(
            ArticleChecks.Rules.Select(r => r.Info).Concat(CorpusChecks.Rules.Select(r => r.Info)).Where(info => info.LimitsItsFindings).Select(info => info.Id),
            StringComparer.Ordinal);

        public static List<Finding> Apply(List<Finding> findings)
        {
            if (findings.Count <= PerRule)
            {
                return findings;
            }

            var byRule = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < findings.Count; i++)
            {
                if (!byRule.TryGetValue(findings[i].RuleId, out var indexes))
                {
                    byRule[findings[i].RuleId] = indexes = new List<int>();
                }

                indexes.Add(i);
            }

            // Of a rule past the limit, the first PerRule in the text are reported (an editor works from the top; a rule
            // may find from the end, as the bracket check does), and the last of them says how many more there are.
            var dropped = new bool[findings.Count];
            var summary = new Dictionary<int, int>();
            foreach (var (ruleId, indexes) in byRule.Select(p => (p.Key, p.Value)))
            {
                if (indexes.Count <= PerRule || SelfLimited.Contains(ruleId))
                {
                    continue;
                }

                var inText = indexes.OrderBy(i => findings[i].Range.Start).ThenBy(i => i).ToList();
                for (var k = PerRule; k < inText.Count; k++)
                {
                    dropped[inText[k]] = true;
                }

                summary[inText[PerRule - 1]] = inText.Count - PerRule;
            }

            if (summary.Count == 0)
            {
                return findings;
            }

            var kept = new List<Finding>(findings.Count);
            for (var i = 0; i < findings.Count; i++)
            {
                if (dropped[i])
                {
                    continue;
                }

                kept.Add(summary.TryGetValue(i, out var more)
                    ? findings[i] with { Message = string.Format(CultureInfo.InvariantCulture, "{0} ({1:N0} more like it in this file, not reported one by one)", findings[i].Message, more) }
                    : findings[i]);
            }

            return kept;
        }
    }
}
