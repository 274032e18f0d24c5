using System.Collections.Generic;

namespace ContentGen.Text.Extraction
{
    /// <summary>
    /// An opening double quote and its closing one (<see cref="Close"/> is -1 while unclosed). <see cref="End"/> is
    /// where the quoted text stops: the closing mark, else the next opening mark, else the end of the paragraph —
    /// so that a run of unclosed quotes never makes every span reach to the end (quadratic work).
    /// </summary>
    public readonly record struct QuoteSpan(int Open, int Close, int End)
    {
        public bool IsClosed => Close >= 0;

        public int InnerStart => Open + 1;

        public int InnerLength(string text) => End - InnerStart;

        /// <summary>Where <see cref="InnerText"/> starts and how long it is, in the paragraph's text.</summary>
        public (int Start, int Length) InnerTextBounds(string text)
        {
            var start = InnerStart;
            var end = End;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ',' || text[end - 1] == ';'))
            {
                end--;
            }

            return (start, end - start);
        }

        /// <summary>The quoted words, without the comma that news style puts before the closing mark.</summary>
        public string InnerText(string text) => text.Substring(InnerStart, InnerLength(text)).Trim().TrimEnd(',', ';').TrimEnd();
    }

    /// <summary>
    /// Pairs double quotation marks in one paragraph: curly marks by direction, straight marks by alternation.
    /// Also reports stray closing marks, for the unbalanced-quote check.
    /// </summary>
    public static class QuoteSpans
    {
        public const char StraightQuote = '"';
        public const char OpenQuote = '\u201C';
        public const char CloseQuote = '\u201D';
        public const char LowOpenQuote = '\u201E';

        private static readonly char[] Marks = { StraightQuote, OpenQuote, CloseQuote, LowOpenQuote };

        public static List<QuoteSpan> Find(string text) => Find(text, out _);

        public static List<QuoteSpan> Find(string text, out List<int> strayClosings)
        {
            var spans = new List<QuoteSpan>();
            strayClosings = new List<int>();
            var open = -1;

            // Jump from mark to mark: most of a paragraph is not quotation marks, and the search is vectorized.
            for (var i = text.IndexOfAny(Marks); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(Marks, i + 1) : -1)
            {
                var c = text[i];
                if (c == OpenQuote || c == LowOpenQuote || (c == StraightQuote && open < 0))
                {
                    if (open >= 0)
                    {
                        // A second opening mark inside a quote: the first one never closed.
                        spans.Add(new QuoteSpan(open, -1, i));
                    }

                    open = i;
                }
                else if (c == CloseQuote || c == StraightQuote)
                {
                    if (open >= 0)
                    {
                        spans.Add(new QuoteSpan(open, i, i));
                        open = -1;
                    }
                    else
                    {
                        strayClosings.Add(i);
                    }
                }
            }

            if (open >= 0)
            {
                spans.Add(new QuoteSpan(open, -1, text.Length));
            }

            return spans;
        }
    }
}
