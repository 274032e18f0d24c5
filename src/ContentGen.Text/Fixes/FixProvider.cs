using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Checks;

namespace ContentGen.Text.Fixes
{
    /// <summary>
    /// The one place fixes are computed: the analyzer (for the IDE's code fixes), the command line's <c>--fix</c>
    /// and the language server's code actions all ask here. A fix is computed from the finding and the text of the
    /// article it was found in; whatever else it needs the rule put in the finding (<see cref="Finding.Replacement"/>).
    /// A fix changes only the finding's text (and whitespace or a line break next to it), or inserts the mark a
    /// quotation lacks; where the text leaves any doubt, no fix is offered.
    /// </summary>
    internal static class FixProvider
    {
        private static readonly Dictionary<string, IFixer> ByRule = new(StringComparer.Ordinal)
        {
            [RuleIds.Boilerplate] = new RemoveLineFixer(),
            [RuleIds.RepeatedWord] = new CollapseRepeatFixer(),
            [RuleIds.UnbalancedPair] = new CloseQuoteFixer(),
            [RuleIds.NameSpelledTwoWays] = new UseSpellingFixer(),
            [RuleIds.HiddenCharacter] = new RemoveHiddenCharactersFixer(),
            [RuleIds.NameVariant] = new UseSpellingFixer(),
        };

        /// <summary>The rules that can offer a fix.</summary>
        public static IEnumerable<string> FixableRuleIds => ByRule.Keys;

        /// <summary>What the fix of a rule does ("delete the line"), as the rule's metadata says; null when the rule offers none.</summary>
        public static string? Describe(string ruleId) =>
            ByRule.ContainsKey(ruleId) ? ContentChecker.Rules.FirstOrDefault(r => r.Id == ruleId)?.Fix : null;

        /// <summary>The fix for a finding in <paramref name="text"/> (the text it was found in), or null when none is offered.</summary>
        public static TextFix? For(Finding finding, string text)
        {
            if (!ByRule.TryGetValue(finding.RuleId, out var fixer) || finding.Range.Start < 0 || finding.Range.End > text.Length)
            {
                return null;
            }

            return fixer.For(finding, text);
        }

        /// <summary>The fixes of all the findings that can be applied together (see <see cref="TextEdits.Compatible"/>), in text order.</summary>
        public static List<TextFix> ForAll(IEnumerable<Finding> findings, string text)
        {
            var fixes = new List<TextFix>();
            foreach (var finding in findings)
            {
                if (For(finding, text) is { } fix)
                {
                    fixes.Add(fix);
                }
            }

            return TextEdits.Compatible(fixes);
        }

        /// <summary>The text with every compatible fix of the findings applied, and the fixes applied.</summary>
        public static (string Text, List<TextFix> Applied) ApplyAll(IEnumerable<Finding> findings, string text)
        {
            var fixes = ForAll(findings, text);
            var edits = new List<TextEdit>();
            foreach (var fix in fixes)
            {
                edits.AddRange(fix.Edits);
            }

            return (TextEdits.Apply(text, edits), fixes);
        }
    }
}
