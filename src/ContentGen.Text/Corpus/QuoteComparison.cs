using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Extraction;

namespace ContentGen.Text.Corpus
{
    /// <summary>
    /// Compares two quotations of one speaker: the same statement worded differently (high word overlap) is a
    /// finding; one that differs only in punctuation, case or a name's spelling, or is a plain excerpt of the
    /// other, is not.
    /// </summary>
    public static class QuoteComparison
    {
        private const int MinSharedWords = 4;
        private const double MinContainment = 0.6;

        /// <summary>Words folded by name skeleton (which also folds case), so "We"/"we" and "Pashinyan"/"Pashinian" are one word.</summary>
        public static string[] Words(string text) =>
            Tokenizer.Tokenize(text)
                .Where(t => t.IsWord || t.Kind == TokenKind.Number)
                .Select(t => t.IsWord ? NameSkeleton.Of(t.Text) : t.Text)
                .ToArray();

        public static bool WordedDifferently(string[] a, string[] b)
        {
            if (a.Length == 0 || b.Length == 0 || a.SequenceEqual(b) || IsExcerpt(a, b) || IsExcerpt(b, a))
            {
                return false;
            }

            var shared = Shared(a, b);
            return shared >= MinSharedWords && (double)shared / Math.Min(a.Length, b.Length) >= MinContainment;
        }

        private static bool IsExcerpt(string[] part, string[] whole) =>
            part.Length <= whole.Length && (" " + string.Join(" ", whole) + " ").IndexOf(" " + string.Join(" ", part) + " ", StringComparison.Ordinal) >= 0;

        private static int Shared(string[] a, string[] b)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var word in b)
            {
                counts[word] = counts.TryGetValue(word, out var n) ? n + 1 : 1;
            }

            var shared = 0;
            foreach (var word in a)
            {
                if (counts.TryGetValue(word, out var n) && n > 0)
                {
                    counts[word] = n - 1;
                    shared++;
                }
            }

            return shared;
        }
    }
}
