using System.Collections.Generic;

namespace ContentGen.Text.Tokens
{
    /// <summary>
    /// Splits text into words, numbers and punctuation in one forward pass (linear in the text, whatever it holds).
    /// Words keep inner apostrophes and hyphens ("Armenia's", "Nagorno-Karabakh"); numbers keep digit-group
    /// commas and decimals ("2,000", "4.5").
    /// </summary>
    internal static class Tokenizer
    {
        public static List<Token> Tokenize(string text)
        {
            var tokens = new List<Token>(EstimatedCount(text));
            TokenizeInto(text, tokens);
            return tokens;
        }

        /// <summary>
        /// Tokenizes into a list the caller reuses (see <see cref="TokenListPool"/>); the list is cleared first.
        /// Without <paramref name="withText"/>, every token's <see cref="Token.Text"/> is empty: for callers that
        /// only compare spans of the text, which spares looking each token's string up.
        /// </summary>
        public static void TokenizeInto(string text, List<Token> tokens, bool withText = true)
        {
            tokens.Clear();
            var estimate = EstimatedCount(text);
            if (tokens.Capacity < estimate)
            {
                tokens.Capacity = estimate;
            }

            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                var start = i;
                if (char.IsLetter(c))
                {
                    i++;
                    while (i < text.Length)
                    {
                        var d = text[i];
                        if (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) == System.Globalization.UnicodeCategory.NonSpacingMark)
                        {
                            i++;
                        }
                        else if ((d == '\'' || d == '\u2019' || d == '-') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                        {
                            i += 2;
                        }
                        else
                        {
                            break;
                        }
                    }

                    tokens.Add(new Token(TokenKind.Word, start, i - start, withText ? TokenStrings.Get(text, start, i - start) : string.Empty));
                }
                else if (char.IsDigit(c))
                {
                    i++;
                    while (i < text.Length)
                    {
                        var d = text[i];
                        if (char.IsDigit(d))
                        {
                            i++;
                        }
                        else if ((d == ',' && i + 3 < text.Length + 0 && IsDigitGroup(text, i + 1)) || (d == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
                        {
                            i++;
                        }
                        else
                        {
                            break;
                        }
                    }

                    tokens.Add(new Token(TokenKind.Number, start, i - start, withText ? TokenStrings.Get(text, start, i - start) : string.Empty));
                }
                else
                {
                    // Surrogate pairs stay together so that a token never splits a character.
                    i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                    tokens.Add(new Token(TokenKind.Punctuation, start, i - start, withText ? TokenStrings.Get(text, start, i - start) : string.Empty));
                }
            }

        }

        // About one token per five characters of prose; sized up front so the list rarely grows.
        private static int EstimatedCount(string text) => text.Length / 5 + 4;

        // ",000" continues a number only when exactly three digits follow and no fourth: "2,000" but not "2,0001".
        private static bool IsDigitGroup(string text, int i) =>
            i + 2 < text.Length
            && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
            && (i + 3 >= text.Length || !char.IsDigit(text[i + 3]));
    }
}
