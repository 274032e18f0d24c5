using ContentGen.Text.Checks;
using ContentGen.Text.Model;

namespace ContentGen.Text.Fixes
{
    /// <summary>
    /// CG2001 and CG1006: writes the spelling the rule found canonical (the glossary's, the one most articles of the
    /// story use, or the article's first) in place of the one reported. The rule puts it in
    /// <see cref="Finding.Replacement"/>; a possessive after the name ("Pashinian's") is kept.
    /// </summary>
    internal sealed class UseSpellingFixer : IFixer
    {
        public TextFix? For(Finding finding, string text)
        {
            var range = finding.Range;
            var spelling = finding.Replacement;
            if (spelling is null || spelling.Length == 0 || range.Length == 0 || range.End > text.Length
                || spelling.IndexOfAny(LineBreaks) >= 0 || TextScan.HasLineBreak(text, range.Start, range.End))
            {
                return null;
            }

            var end = range.End;
            if (range.Length > 2 && IsPossessive(text, end) && !IsPossessive(spelling, spelling.Length))
            {
                end -= 2;
            }

            var target = TextRange.FromBounds(range.Start, end);
            if (target.Length == spelling.Length && string.CompareOrdinal(text, target.Start, spelling, 0, spelling.Length) == 0)
            {
                return null;
            }

            return new TextFix(finding.RuleId, $"Use the spelling '{spelling}'", range, new[] { new TextEdit(target, spelling) });
        }

        private static readonly char[] LineBreaks = { '\r', '\n' };

        private static bool IsPossessive(string text, int end) =>
            end >= 2 && text[end - 1] is 's' && text[end - 2] is '\'' or '\u2019';
    }
}
