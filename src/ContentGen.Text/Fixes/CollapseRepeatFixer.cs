using System;
using System.Collections.Generic;
using ContentGen.Text.Checks;
using ContentGen.Text.Model;

namespace ContentGen.Text.Fixes
{
    /// <summary>
    /// CG1002: "the the" becomes "the", "of the of the" becomes "of the" (phrases of up to four words): the first occurrence is kept as written
    /// (its capital at a sentence start), the space and the repetition after it are deleted. "demarcation and
    /// demarcation" gets no fix: a different word was meant, and only the writer knows which.
    /// </summary>
    internal sealed class CollapseRepeatFixer : IFixer
    {
        // The longest repetition CG1002 reports: a phrase of four words, twice.
        private const int MaxWords = 8;

        public TextFix? For(Finding finding, string text)
        {
            var range = finding.Range;
            var words = Words(text, range.Start, range.End);
            // The span is a phrase written twice: its first half equals its second, word for word.
            var half = words.Count / 2;
            if (words.Count is < 2 or > MaxWords || words.Count % 2 != 0)
            {
                return null;
            }

            for (var k = 0; k < half; k++)
            {
                if (!Same(text, words[k], words[half + k]))
                {
                    return null;
                }
            }

            var keepEnd = words[half - 1].End;

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
            while (at < end && words.Count <= MaxWords)
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
