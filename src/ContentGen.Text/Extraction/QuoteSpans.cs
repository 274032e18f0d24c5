using System.Collections.Generic;

namespace ContentGen.Text.Extraction
{
    /// <summary>
    /// An opening double quote and its closing one (<see cref="Close"/> is -1 while unclosed). <see cref="End"/> is
    /// where the quoted text stops: the closing mark, else the next opening mark, else the end of the paragraph —
    /// so that a run of unclosed quotes never makes every span reach to the end (quadratic work).
    /// </summary>
    internal readonly record struct QuoteSpan(int Open, int Close, int End, bool Continued = false)
    {
        public bool IsClosed => Close >= 0;

        /// <summary>
        /// Unclosed because the quotation runs on: the next mark opens again after a sentence end ("... said the
        /// mayor. "We will ..."), the news convention for a quotation over several paragraphs, in a joined line.
        /// </summary>
        public bool IsContinued => Continued;

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
    /// Pairs double quotation marks in one paragraph. A mark's direction is read from its glyph and, where the two
    /// disagree, from where it stands: a mark after a space and before a word opens ("were ”dwindling.”"), one after
    /// a word and before a space or the end closes ("“ Il Castello “"); German „…“ closes with “; two right single
    /// quotes (’’ or '') close like ”; a straight mark right after a digit with no quotation open is an inch mark (34");
    /// a mark with nothing after it in the paragraph closes.
    /// Also reports stray closing marks, for the unbalanced-quote check.
    /// </summary>
    internal static class QuoteSpans
    {
        public const char StraightQuote = '"';
        public const char OpenQuote = '\u201C';
        public const char CloseQuote = '\u201D';
        public const char LowOpenQuote = '\u201E';
        private const char RightSingle = '\u2019';

        private static readonly char[] Marks = { StraightQuote, OpenQuote, CloseQuote, LowOpenQuote, RightSingle, '\'' };

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
                var width = 1;
                if (c is RightSingle or '\'')
                {
                    // An apostrophe, unless doubled as a closing double mark: “like this’’ or “like this''.
                    if (i + 1 >= text.Length || text[i + 1] != c || open < 0)
                    {
                        continue;
                    }

                    width = 2;
                }

                var before = i > 0 ? text[i - 1] : ' ';
                var after = i + width < text.Length ? text[i + width] : ' ';
                if (c == StraightQuote && open < 0 && char.IsDigit(before))
                {
                    continue; // 6'2", a 34" screen
                }

                bool opens;
                if (IsAtEnd(text, i + width))
                {
                    opens = false; // nothing follows: a mark at the end of a paragraph closes, whatever its glyph
                }
                else if (c == StraightQuote)
                {
                    opens = open < 0 || (IsContinuation(text, i, after) && text[open] == StraightQuote && !char.IsWhiteSpace(text[open + 1 < text.Length ? open + 1 : open]));
                }
                else if (c == LowOpenQuote)
                {
                    opens = true;
                }
                else if (c == OpenQuote)
                {
                    // “ closes a German „ quotation, and closes any open one when it stands after a word or a space
                    // with nothing after it.
                    opens = !(open >= 0 && (text[open] == LowOpenQuote || (!char.IsWhiteSpace(before) && !IsOpeningPunctuation(before) && !char.IsLetterOrDigit(after)) || (char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || after is ',' or '.' or ';' or ')'))));
                }
                else
                {
                    // ” after a space and before a word, with nothing open, opens (as in Swedish, or by a slip).
                    opens = c == CloseQuote && open < 0 && (char.IsWhiteSpace(before) || before is ':' or '(') && char.IsLetterOrDigit(after);
                }

                if (opens)
                {
                    if (open >= 0)
                    {
                        // A second opening mark inside a quote: the first never closed, or the quotation runs on.
                        spans.Add(new QuoteSpan(open, -1, i, IsContinuation(text, i, after)));
                    }

                    open = i;
                }
                else if (open >= 0)
                {
                    spans.Add(new QuoteSpan(open, i, i));
                    open = -1;
                    i += width - 1;
                }
                else
                {
                    strayClosings.Add(i);
                }
            }

            if (open >= 0)
            {
                spans.Add(new QuoteSpan(open, -1, text.Length));
            }

            return spans;
        }

        // An opening mark after a sentence end and a space, before a capital: a quotation that runs on re-opens.
        private static bool IsContinuation(string text, int i, char after)
        {
            if (!char.IsUpper(after) && after != '\u2026' && after != '.')
            {
                return false;
            }

            var k = i - 1;
            if (k < 0 || !char.IsWhiteSpace(text[k]))
            {
                return false;
            }

            while (k > 0 && char.IsWhiteSpace(text[k]))
            {
                k--;
            }

            return text[k] is '.' or '!' or '?' or '\u2026' or ':' || (k > 0 && text[k] is ')' && text[k - 1] is '.' or '!' or '?');
        }

        private static bool IsAtEnd(string text, int from)
        {
            for (var k = from; k < text.Length; k++)
            {
                if (!char.IsWhiteSpace(text[k]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsOpeningPunctuation(char c) => c is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/';
    }
}
