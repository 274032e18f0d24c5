namespace ContentGen.Text.Extraction
{
    /// <summary>What a <see cref="Token"/> is.</summary>
    public enum TokenKind
    {
        Word,
        Number,
        Punctuation,
    }

    /// <summary>A word, number or punctuation mark in a paragraph's text.</summary>
    public readonly record struct Token(TokenKind Kind, int Start, int Length, string Text)
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

        public bool Is(string word) => string.Equals(Text, word, System.StringComparison.OrdinalIgnoreCase);
    }
}
