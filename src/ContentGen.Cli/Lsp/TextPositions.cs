namespace ContentGen.Cli.Lsp;

/// <summary>
/// Converts between offsets in a text and LSP positions: zero-based lines (ended by LF, CRLF or CR) and characters
/// counted in UTF-16 code units, which is what a .NET string indexes, so a character is an offset within its line.
/// </summary>
internal sealed class TextPositions
{
    private readonly int[] _starts;
    private readonly int _length;

    public TextPositions(string text)
    {
        var starts = new List<int>(text.Length / 60 + 2) { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                starts.Add(i + 1);
            }
        }

        _starts = starts.ToArray();
        _length = text.Length;
    }

    public Position PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        var index = Array.BinarySearch(_starts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new Position(line, offset - _starts[line]);
    }

    public Range RangeOf(int start, int end) => new(PositionOf(start), PositionOf(Math.Max(start, end)));

    /// <summary>
    /// The offset of a position. A line past the end is the end of the text; a character past the end of its line is
    /// the line's end (before its line break), as the protocol asks.
    /// </summary>
    public int OffsetOf(Position position, string text)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= _starts.Length)
        {
            return _length;
        }

        var start = _starts[position.Line];
        var end = position.Line + 1 < _starts.Length ? _starts[position.Line + 1] : _length;
        while (end > start && (text[end - 1] == '\n' || text[end - 1] == '\r'))
        {
            end--;
        }

        return start + Math.Clamp(position.Character, 0, end - start);
    }

    /// <summary>The text after the client's changes, applied in order (a change without a range replaces everything).</summary>
    public static string Apply(string text, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        foreach (var change in changes)
        {
            if (change.Range is not { } range)
            {
                text = change.Text ?? string.Empty;
                continue;
            }

            var positions = new TextPositions(text);
            var start = positions.OffsetOf(range.Start, text);
            var end = Math.Max(start, positions.OffsetOf(range.End, text));
            text = string.Concat(text.AsSpan(0, start), change.Text ?? string.Empty, text.AsSpan(end));
        }

        return text;
    }
}
