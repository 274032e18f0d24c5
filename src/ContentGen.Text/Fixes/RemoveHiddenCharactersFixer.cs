using ContentGen.Text.Checks;
using ContentGen.Text.Model;

namespace ContentGen.Text.Fixes
{
    /// <summary>
    /// CG1007: deletes a run of invisible characters (bidi controls, zero-width spaces, control characters, NUL,
    /// unpaired surrogates), and repairs mojibake by reading its characters back as the UTF-8 bytes they were
    /// ("â€™" becomes "’"). A replacement character (U+FFFD) gets no fix: the character it stands for is lost, and
    /// only the source can restore it.
    /// </summary>
    internal sealed class RemoveHiddenCharactersFixer : IFixer
    {
        public TextFix? For(Finding finding, string text)
        {
            var range = finding.Range;
            if (range.Length == 0 || range.End > text.Length)
            {
                return null;
            }

            if (AllInvisible(text, range))
            {
                var what = range.Length == 1 ? $"U+{(int)text[range.Start]:X4}" : $"{range.Length} invisible characters";
                return new TextFix(finding.RuleId, $"Delete {what}", range, new[] { new TextEdit(range, string.Empty) });
            }

            if (Mojibake.Repair(text.Substring(range.Start, range.Length)) is { } repaired)
            {
                return new TextFix(finding.RuleId, $"Replace '{text.Substring(range.Start, range.Length)}' with '{repaired}'", range, new[] { new TextEdit(range, repaired) });
            }

            return null;
        }

        private static bool AllInvisible(string text, TextRange range)
        {
            for (var i = range.Start; i < range.End; i++)
            {
                var c = text[i];
                var invisible = c is not '\n' and not '\r' and not '\t' and not '\uFFFD'
                    && (char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
                if (!invisible || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
                {
                    return false;
                }

                if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
