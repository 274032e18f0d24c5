namespace ContentGen.Text.Model
{
    /// <summary>Splits a person's name as written into its parts.</summary>
    internal static class NameParts
    {
        /// <summary>The last word of a name, without a possessive ending: "Nikol Pashinyan" → "Pashinyan".</summary>
        public static string Surname(string name)
        {
            var trimmed = name.Trim();
            var space = trimmed.LastIndexOf(' ');
            return StripPossessive(space < 0 ? trimmed : trimmed.Substring(space + 1));
        }

        /// <summary>"Aliyev's" → "Aliyev"; "Jones'" stays as is.</summary>
        public static string StripPossessive(string word)
        {
            if (word.Length > 2 && (word[word.Length - 2] == '\'' || word[word.Length - 2] == '\u2019') && (word[word.Length - 1] == 's' || word[word.Length - 1] == 'S'))
            {
                return word.Substring(0, word.Length - 2);
            }

            return word;
        }

        /// <summary>"We've", "They're", "I'll": a capitalised contraction, not a name ("O'Brien" is a name).</summary>
        public static bool IsContraction(string word)
        {
            var apostrophe = word.IndexOfAny(Apostrophes);
            return apostrophe > 0 && apostrophe + 1 < word.Length && char.IsLower(word[apostrophe + 1]);
        }

        private static readonly char[] Apostrophes = { '\'', '\u2019' };
    }
}
