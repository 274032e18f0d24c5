using System;
using ContentGen.Text.Checks;
using ContentGen.Text.Model;

namespace ContentGen.Text.Fixes
{
    /// <summary>
    /// CG1003: closes a quotation left open, only where its end is obvious: the opening mark stands before a word
    /// ("He said: “We will rebuild."), is the only quotation mark of its paragraph, and the quotation runs to the
    /// end of the paragraph, ends a sentence there and holds no attribution ("..., the mayor said.", which would put
    /// the close mid-line). The closing mark matching the opening one (“ ”, „ “, " ") goes after the final
    /// punctuation. Stray closing marks, doubled marks and brackets get no fix: which side was lost cannot be told.
    /// </summary>
    internal sealed class CloseQuoteFixer : IFixer
    {
        private static readonly string[] Attributions =
        {
            " said", " says", " told", " added", " asked", " according to", " wrote", " writes", " stated", " explained",
        };

        public TextFix? For(Finding finding, string text)
        {
            var range = finding.Range;
            if (range.Length != 1 || range.End >= text.Length)
            {
                return null;
            }

            var open = range.Start;
            var close = text[open] switch
            {
                '\u201C' => "\u201D",
                '\u201E' => "\u201C",
                '"' => "\"",
                _ => null,
            };

            // The mark opens a quotation: at a line start or after a space, with a word right after it.
            if (close is null || (open > 0 && !char.IsWhiteSpace(text[open - 1])) || !char.IsLetterOrDigit(text[open + 1]))
            {
                return null;
            }

            // The quotation runs to the end of its line, and that line ends its paragraph.
            var lineEnd = TextScan.LineEnd(text, open);
            // A paragraph that opens with a quotation mark continues it (news style): then it stays open.
            if (!TextScan.NextLineIsBlank(text, lineEnd) || NextParagraphOpensQuote(text, lineEnd))
            {
                return null;
            }

            var end = lineEnd;
            while (end > open && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            // The only quotation mark of its paragraph: with others about, which one lost its partner is a guess.
            var paragraphStart = TextScan.ParagraphStart(text, open);
            if (text.IndexOfAny(Marks, paragraphStart, open - paragraphStart) >= 0)
            {
                return null;
            }

            var quoted = text.Substring(open + 1, end - open - 1);
            if (quoted.Length < 2 || quoted[quoted.Length - 1] is not ('.' or '!' or '?' or '\u2026')
                || quoted.IndexOfAny(Marks) >= 0 || HasAttribution(quoted))
            {
                return null;
            }

            return new TextFix(finding.RuleId, $"Close the quotation with {close} at the end of the paragraph", range, new[] { new TextEdit(new TextRange(end, 0), close) });
        }

        private static readonly char[] Marks = { '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' };

        private static bool NextParagraphOpensQuote(string text, int lineEnd)
        {
            var at = lineEnd;
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            return at < text.Length && text[at] is '"' or '\u201C' or '\u201E';
        }

        private static bool HasAttribution(string quoted)
        {
            foreach (var attribution in Attributions)
            {
                if (quoted.IndexOf(attribution, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
