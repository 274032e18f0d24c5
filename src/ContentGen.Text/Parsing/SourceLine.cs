using System.Collections.Generic;

namespace ContentGen.Text.Parsing
{
    /// <summary>One line of an article: its 1-based number and where its text lies, without the line break.</summary>
    internal readonly record struct SourceLine(int Number, int Start, int Length)
    {
        public int End => Start + Length;

        public string Text(string source) => source.Substring(Start, Length);

        /// <summary>Splits text on LF, CRLF and lone CR, starting after a BOM if there is one.</summary>
        public static List<SourceLine> Split(string text)
        {
            var lines = new List<SourceLine>();
            var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            var number = 1;
            var i = start;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == '\n' || c == '\r')
                {
                    lines.Add(new SourceLine(number++, start, i - start));
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    start = i;
                }
                else
                {
                    i++;
                }
            }

            if (start < text.Length)
            {
                lines.Add(new SourceLine(number, start, text.Length - start));
            }

            return lines;
        }
    }
}
