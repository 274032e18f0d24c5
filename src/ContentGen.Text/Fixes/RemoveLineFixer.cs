using ContentGen.Text.Checks;
using ContentGen.Text.Model;

namespace ContentGen.Text.Fixes
{
    /// <summary>
    /// CG1001: deletes scraped furniture. A finding that is the whole of its line deletes the line with its line
    /// break (the last line takes the break before it instead), so no empty line is left behind; furniture at the
    /// end of a line of prose ("... the ferry. Image:") is deleted with the spaces before it, the prose kept.
    /// </summary>
    internal sealed class RemoveLineFixer : IFixer
    {
        public TextFix? For(Finding finding, string text)
        {
            var range = finding.Range;
            if (range.Length == 0 || TextScan.HasLineBreak(text, range.Start, range.End))
            {
                return null;
            }

            var lineStart = TextScan.LineStart(text, range.Start);
            var lineEnd = TextScan.LineEnd(text, range.End);
            TextRange delete;
            string title;
            if (TextScan.IsBlank(text, lineStart, range.Start) && TextScan.IsBlank(text, range.End, lineEnd))
            {
                var next = TextScan.AfterLineBreak(text, lineEnd);
                if (next > lineEnd || lineStart == 0)
                {
                    delete = TextRange.FromBounds(lineStart, next);
                }
                else
                {
                    // The last line, with no break after it: take the break before it.
                    delete = TextRange.FromBounds(TextScan.BeforeLineBreak(text, lineStart), lineEnd);
                }

                title = $"Delete the line '{MessageText.Short(text.Substring(range.Start, range.Length))}'";
            }
            else
            {
                var start = range.Start;
                while (start > lineStart && text[start - 1] is ' ' or '\t')
                {
                    start--;
                }

                delete = TextRange.FromBounds(start, range.End);
                title = $"Delete '{MessageText.Short(text.Substring(range.Start, range.Length))}'";
            }

            return new TextFix(finding.RuleId, title, range, new[] { new TextEdit(delete, string.Empty) });
        }
    }
}
