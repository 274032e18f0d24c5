using System;
using System.Collections.Generic;

namespace ContentGen.Text.Tokens
{
    /// <summary>
    /// English function words, and whether a paragraph reads as English. Checks that know only English conventions
    /// (which doubled words are deliberate, what a curly single quote marks) stay quiet on other languages.
    /// </summary>
    internal static class EnglishText
    {
        // Articles, prepositions, auxiliaries, pronouns: words whose doubling is a slip of the keyboard, never a name.
        private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "the", "a", "an", "to", "of", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "about", "as",
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "will", "would", "can", "could", "should",
            "shall", "may", "might", "must", "does", "did", "and", "or", "but", "nor", "if", "than", "then", "it", "he",
            "she", "they", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
            "them", "him", "us", "me", "not", "up", "out", "off", "over", "down", "through", "around", "which", "who",
        };

        private const int MaxFunctionWordLength = 7;

        public static bool IsFunctionWord(string word) => FunctionWords.Contains(word);

        /// <summary>
        /// Whether the text, as <paramref name="tokens"/> of it, reads as English: at least one word in eight is an
        /// English function word (English prose runs at a third or more; other languages at nearly none). Too short
        /// to tell counts as English.
        /// </summary>
        public static bool ReadsAsEnglish(string text, List<Token> tokens)
        {
            int words = 0, function = 0;
            foreach (var token in tokens)
            {
                if (!token.IsWord)
                {
                    continue;
                }

                words++;
                if (token.Length <= MaxFunctionWordLength && FunctionWords.Contains(text.Substring(token.Start, token.Length)))
                {
                    function++;
                }
            }

            return words < 8 || function * 8 >= words;
        }

        /// <summary>Whether <paramref name="text"/> reads as English (tokenizes it; for rare candidates only).</summary>
        public static bool ReadsAsEnglish(string text)
        {
            var tokens = TokenListPool.Rent();
            Tokenizer.TokenizeInto(text, tokens, withText: false);
            var english = ReadsAsEnglish(text, tokens);
            TokenListPool.Return(tokens);
            return english;
        }
    }
}
