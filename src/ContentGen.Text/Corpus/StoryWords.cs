using System;
using System.Collections.Generic;

namespace ContentGen.Text.Corpus
{
    /// <summary>
    /// Words that say nothing about which event a report is about: function words and the verbs and nouns of
    /// reporting itself ("said", "officials", "report"). Story keys skip them, so that even a corpus of two articles,
    /// too small to tell common from rare, compares what the articles are about.
    /// </summary>
    internal static class StoryWords
    {
        private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
        {
            // function words of four letters or more
            "that", "this", "these", "those", "there", "their", "they", "them", "then", "than", "what", "when", "where",
            "which", "while", "whom", "whose", "with", "within", "without", "from", "into", "onto", "upon", "over", "under",
            "about", "above", "below", "after", "before", "during", "since", "until", "through", "throughout", "against",
            "among", "between", "behind", "beyond", "also", "just", "only", "even", "very", "much", "more", "most", "many",
            "some", "such", "each", "every", "both", "either", "neither", "other", "others", "another", "same", "still",
            "already", "again", "ever", "never", "always", "often", "here", "have", "has", "having", "been", "being",
            "were", "will", "would", "could", "should", "shall", "might", "must", "does", "done", "doing", "because",
            "although", "though", "however", "whether", "unless", "least", "less", "well", "your", "yours", "ours",
            "hers", "itself", "himself", "herself", "themselves", "nothing", "something", "anything", "everything",
            "someone", "anyone", "everyone", "nobody", "like", "around", "across", "along", "toward", "towards",
            "near", "next", "last", "first", "second", "third", "year", "years", "month", "months", "week", "weeks",
            "day", "days", "today", "yesterday", "tomorrow", "tonight", "time", "times", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december", "early", "earlier", "late", "later", "recent",
            "recently", "according", "including", "former", "latest", "part", "number", "people", "percent", "million",
            "billion", "thousand", "hundred", "three", "four", "five", "seven", "eight", "nine", "twenty",
            // the vocabulary of reporting
            "said", "says", "told", "tell", "tells", "report", "reports", "reported", "reporting", "reporters", "news",
            "statement", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources",
            "confirmed", "announced", "added", "asked", "make", "made", "take", "took", "taken", "come",
            "came", "going", "went", "want", "wanted", "know", "known", "think", "thought", "back", "good", "great",
            "world", "state", "country", "group", "home", "local", "public", "show", "shows", "called",
            "new", "story", "update", "updated", "photo", "photos", "video", "read", "click", "http",
            "www", "com",
        };

        public static bool IsGeneric(string word) => Generic.Contains(word);

        /// <summary>A plural or possessive folded to its singular, so "earthquakes" and "earthquake" are one key.</summary>
        public static string Stem(string word)
        {
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                word = word.Substring(0, word.Length - 2);
            }

            if (word.Length > 4 && word.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
            {
                return word.Substring(0, word.Length - 3) + "y";
            }

            return word.Length > 4 && word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
                ? word.Substring(0, word.Length - 1)
                : word;
        }
    }
}
