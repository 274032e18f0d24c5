namespace ContentGen.Text.Tokens
{
    /// <summary>What a <see cref="Token"/> is.</summary>
    internal enum TokenKind
    {
        Word,
        Number,
        Punctuation,
    }

    /// <summary>A word, number or punctuation mark in a paragraph's text.</summary>
    internal readonly record struct Token(TokenKind Kind, int Start, int Length, string Text)
    {
        public int End => Start + Length;

        public bool IsWord => Kind == TokenKind.Word;

        /// <summary>Starts with an upper-case letter and has a lower-case one: "Putin", "McCain", not "OSCE".</summary>
        public bool IsCapitalized
        {
            get
            {
                if (Kind != TokenKind.Word || Text.Length < 2)
                {
                    return false;
                }

                var start = 0;
                if (Text.Length > 3 && (Text[2] == '-') && (Text[0] == 'a' || Text[0] == 'e') && Text[1] == 'l')
                {
                    start = 3; // al-Assad, el-Sisi
                }

                if (!char.IsUpper(Text[start]))
                {
                    return false;
                }

                for (var i = start + 1; i < Text.Length; i++)
                {
                    if (char.IsLower(Text[i]))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>
        /// A cheap first test for <see cref="IsCapitalized"/>: false when the token's first character, read from
        /// <paramref name="text"/> (the text it was cut from), rules it out. Most words start in lower case, and this
        /// spares reading the token's string, which is shared across articles and so rarely in the cache. "al-"/"el-"
        /// names and non-ASCII letters are left to <see cref="IsCapitalized"/>.
        /// </summary>
        public bool MayBeCapitalizedIn(string text)
        {
            var c = text[Start];
            return Kind == TokenKind.Word && ((c >= 'A' && c <= 'Z') || c == 'a' || c == 'e' || c > '\u007F');
        }

        public bool Is(string word) => string.Equals(Text, word, System.StringComparison.OrdinalIgnoreCase);
    }
}
