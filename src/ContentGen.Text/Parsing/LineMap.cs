using System;
using System.Collections.Generic;

namespace ContentGen.Text.Parsing
{
    /// <summary>Maps a character offset to its 1-based line number (and column), for messages such as "at line 5".</summary>
    public sealed class LineMap
    {
        private readonly List<int> _starts;

        public LineMap(string text)
        {
            // Sized for prose lines of about 60 characters, so that the list rarely grows.
            _starts = new List<int>(text.Length / 60 + 2) { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                if (c == '\n' || c == '\r')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public int LineOf(int offset)
        {
            var index = _starts.BinarySearch(offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }

        /// <summary>The 1-based line and column (in UTF-16 characters, as compilers count) of an offset.</summary>
        public (int Line, int Column) PositionOf(int offset)
        {
            var line = LineOf(Math.Max(0, offset));
            return (line, Math.Max(0, offset) - _starts[line - 1] + 1);
        }
    }
}
