using System;
using System.Collections.Generic;
using ContentGen.Text.Checks;
using ContentGen.Text.Model;

namespace ContentGen.Text.Fixes
{
    /// <summary>
    /// CG1002: "the the" becomes "the", "of the of the" becomes "of the": the first occurrence is kept as written
    /// (its capital at a sentence start), the space and the repetition after it are deleted. "demarcation and
    /// demarcation" gets no fix: a different word was meant, and only the writer knows which.
    /// </summary>
    internal sealed class CollapseRepeatFixer : IFixer
    {
        public TextFix? For(Finding finding, string text)
        {
            var range = finding.Range;
            var words = Words(text, range.Start, range.End);
            int keepEnd;
            if (words.Count == 2 && Same(text, words[0], words[1]))
            {
                keepEnd = words[0].End;
            }
            else if (words.Count == 4 && Same(text, words[0], words[2]) && Same(text, words[1], words[3]))
            {
                keepEnd = words[1].End;
            }
            else
            {
                return null;
            }

            var kept = text.Substring(range.Start, keepEnd - range.Start);
            return new TextFix(finding.RuleId, $"Delete the repeated '{MessageText.Short(kept)}'", range, new[] { new TextEdit(TextRange.FromBounds(keepEnd, range.End), string.Empty) });
        }

        // The runs of non-whitespace in the span; the span must start and end with one.
        private static List<TextRange> Words(string text, int start, int end)
        {
            var words = new List<TextRange>();
            if (start < 0 || end > text.Length || start >= end || char.IsWhiteSpace(text[start]) || char.IsWhiteSpace(text[end - 1]))
            {
                return words;
            }

            var at = start;
            while (at < end && words.Count <= 4)
            {
                var wordStart = at;
                while (at < end && !char.IsWhiteSpace(text[at]))
                {
                    at++;
                }

                words.Add(TextRange.FromBounds(wordStart, at));
                while (at < end && char.IsWhiteSpace(text[at]))
                {
                    at++;
                }
            }

            return words;
        }

        private static bool Same(string text, TextRange a, TextRange b) =>
            a.Length == b.Length && string.Compare(text, a.Start, text, b.Start, a.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
