namespace ContentGen.Text.Fixes
{
    /// <summary>Line and whitespace positions in an article's text, for fixes (LF, CRLF and lone CR alike).</summary>
    internal static class TextScan
    {
        public static bool IsLineBreak(char c) => c is '\n' or '\r';

        public static bool HasLineBreak(string text, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (IsLineBreak(text[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Where the line holding <paramref name="at"/> starts.</summary>
        public static int LineStart(string text, int at)
        {
            while (at > 0 && !IsLineBreak(text[at - 1]))
            {
                at--;
            }

            return at;
        }

        /// <summary>Where the line holding <paramref name="at"/> ends (its line break, or the end of the text).</summary>
        public static int LineEnd(string text, int at)
        {
            while (at < text.Length && !IsLineBreak(text[at]))
            {
                at++;
            }

            return at;
        }

        /// <summary>The position after the line break at <paramref name="lineEnd"/> (itself when the text ends there).</summary>
        public static int AfterLineBreak(string text, int lineEnd)
        {
            if (lineEnd >= text.Length)
            {
                return lineEnd;
            }

            return text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
        }

        /// <summary>The position of the line break that ends the line before the one starting at <paramref name="lineStart"/>.</summary>
        public static int BeforeLineBreak(string text, int lineStart)
        {
            if (lineStart == 0)
            {
                return 0;
            }

            return text[lineStart - 1] == '\n' && lineStart >= 2 && text[lineStart - 2] == '\r' ? lineStart - 2 : lineStart - 1;
        }

        /// <summary>Where the paragraph holding <paramref name="at"/> starts: after the last blank line before it, or at the text's start.</summary>
        public static int ParagraphStart(string text, int at)
        {
            var start = LineStart(text, at);
            while (start > 0)
            {
                var previous = LineStart(text, BeforeLineBreak(text, start));
                if (IsBlank(text, previous, BeforeLineBreak(text, start)))
                {
                    break;
                }

                start = previous;
            }

            return start;
        }

        public static bool IsBlank(string text, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the line after the one ending at <paramref name="lineEnd"/> is blank or there is none.</summary>
        public static bool NextLineIsBlank(string text, int lineEnd)
        {
            var next = AfterLineBreak(text, lineEnd);
            return next >= text.Length || IsBlank(text, next, LineEnd(text, next));
        }
    }
}
