using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Glossaries;
using ContentGen.Text.Parsing;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// Accepting a finding without changing the article: a front-matter line <c>accept: CG1002 "had had"</c>
    /// accepts that rule's findings whose flagged text is the quoted text (ignoring case); <c>accept: CG1002</c> accepts
    /// every finding of the rule in the article.
    /// </summary>
    internal static class Acceptance
    {
        public static List<Finding> Filter(List<Finding> findings, IEnumerable<string> accepted, string text)
        {
            var entries = accepted.Select(AcceptEntry.Parse).Where(e => e.RuleId.Length > 0).ToList();
            if (entries.Count == 0)
            {
                return findings;
            }

            return findings.Where(f => !entries.Any(e => Covers(e, f, text))).ToList();
        }

        /// <summary>Drops the findings that glossary <c>accept:</c> lines accept for this file (or for every file).</summary>
        public static List<Finding> Filter(List<Finding> findings, IReadOnlyList<GlossaryAccept> accepted, string fileName, string text)
        {
            var entries = accepted.Where(a => a.File is null || string.Equals(a.File, fileName, StringComparison.OrdinalIgnoreCase)).ToList();
            return entries.Count == 0 ? findings : findings.Where(f => !entries.Any(e => Covers((e.RuleId, e.Text), f, text))).ToList();
        }

        private static bool Covers((string RuleId, string? Text) entry, Finding finding, string text) =>
            string.Equals(entry.RuleId, finding.RuleId, StringComparison.OrdinalIgnoreCase)
            && (entry.Text is null
                || (finding.Range.End <= text.Length && string.Equals(entry.Text, text.Substring(finding.Range.Start, finding.Range.Length), StringComparison.OrdinalIgnoreCase)));
    }
}
