using System.Text;
using ContentGen.Text.Fixes;

namespace ContentGen.Cli;

/// <summary>
/// A unified diff (as <c>diff -u</c> and <c>git diff</c> print it, three lines of context) of a text and the same
/// text with edits applied. Built from the edits themselves, not by comparing the texts: it costs the size of the
/// file, never its square, and shows exactly what the fixes change.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff, or an empty string when the edits change nothing.</summary>
    public static string Of(string path, string text, IReadOnlyList<TextEdit> edits)
    {
        var lines = Lines(text);
        var blocks = Blocks(text, lines, edits.OrderBy(e => e.Range.Start).ToList());
        if (blocks.Count == 0)
        {
            return string.Empty;
        }

        var diff = new StringBuilder();
        diff.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        var shift = 0; // new line number minus old line number before the current hunk
        for (var b = 0; b < blocks.Count;)
        {
            // One hunk: the blocks whose contexts meet.
            var last = b;
            while (last + 1 < blocks.Count && blocks[last + 1].First - blocks[last].Last - 1 <= 2 * Context)
            {
                last++;
            }

            var from = Math.Max(0, blocks[b].First - Context);
            var to = Math.Min(lines.Count - 1, blocks[last].Last + Context);
            var body = new StringBuilder();
            int oldCount = 0, newCount = 0, hunkShift = 0;
            var at = from;
            for (var k = b; k <= last; k++)
            {
                for (; at < blocks[k].First; at++, oldCount++, newCount++)
                {
                    Line(body, ' ', text, lines[at], at == lines.Count - 1);
                }

                for (; at <= blocks[k].Last; at++, oldCount++)
                {
                    Line(body, '-', text, lines[at], at == lines.Count - 1);
                }

                var added = blocks[k].NewText.Length == 0 ? [] : Lines(blocks[k].NewText);
                for (var n = 0; n < added.Count; n++, newCount++)
                {
                    Line(body, '+', blocks[k].NewText, added[n], blocks[k].Last == lines.Count - 1 && n == added.Count - 1);
                }

                hunkShift += added.Count - (blocks[k].Last - blocks[k].First + 1);
            }

            for (; at <= to; at++, oldCount++, newCount++)
            {
                Line(body, ' ', text, lines[at], at == lines.Count - 1);
            }

            var oldStart = oldCount == 0 ? from : from + 1;
            var newStart = newCount == 0 ? from + shift : from + shift + 1;
            diff.Append($"@@ -{oldStart},{oldCount} +{newStart},{newCount} @@\n").Append(body);
            shift += hunkShift;
            b = last + 1;
        }

        return diff.ToString();
    }

    // A changed run of the old text's lines (First..Last, inclusive) and the text that replaces it.
    private sealed record Block(int First, int Last, string NewText);

    private static List<Block> Blocks(string text, List<(int Start, int End, int Next)> lines, List<TextEdit> edits)
    {
        var blocks = new List<Block>();
        var i = 0;
        while (i < edits.Count)
        {
            var first = LineOf(lines, edits[i].Range.Start);
            var last = LastLineOf(lines, edits[i]);
            var j = i + 1;
            while (j < edits.Count && LineOf(lines, edits[j].Range.Start) <= last)
            {
                last = Math.Max(last, LastLineOf(lines, edits[j]));
                j++;
            }

            // The block's lines with its edits applied.
            var start = lines[first].Start;
            var end = lines[last].Next;
            var shifted = edits.GetRange(i, j - i).Select(e => e with { Range = new Text.Model.TextRange(e.Range.Start - start, e.Range.Length) });
            var replaced = TextEdits.Apply(text.Substring(start, end - start), shifted);
            if (replaced != text.Substring(start, end - start))
            {
                blocks.Add(new Block(first, last, replaced));
            }

            i = j;
        }

        return blocks;
    }

    private static int LastLineOf(List<(int Start, int End, int Next)> lines, TextEdit edit) =>
        edit.Range.Length == 0 ? LineOf(lines, edit.Range.Start) : LineOf(lines, edit.Range.End - 1);

    private static int LineOf(List<(int Start, int End, int Next)> lines, int offset)
    {
        int low = 0, high = lines.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (lines[mid].Start <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    /// <summary>Each line's start, end (before its line break) and the next line's start; a text always has one line.</summary>
    private static List<(int Start, int End, int Next)> Lines(string text)
    {
        var lines = new List<(int, int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                var next = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
                lines.Add((start, i, next));
                start = next;
                i = next - 1;
            }
        }

        if (start < text.Length || lines.Count == 0)
        {
            lines.Add((start, text.Length, text.Length));
        }

        return lines;
    }

    private static void Line(StringBuilder body, char mark, string text, (int Start, int End, int Next) line, bool lastOfFile)
    {
        // A CRLF line keeps its CR, as diff -u prints it, so the diff applies to the file as it is.
        body.Append(mark).Append(text, line.Start, line.End - line.Start).Append(line.Next - line.End == 2 ? "\r\n" : "\n");
        if (lastOfFile && line.Next == line.End)
        {
            body.Append("\\ No newline at end of file\n");
        }
    }
}
