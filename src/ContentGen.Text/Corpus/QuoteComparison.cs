using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Tokens;

namespace ContentGen.Text.Corpus
{
    /// <summary>
    /// Compares two quotations: the same words with a word or two changed, added or dropped ("have been resolved
    /// yet" against "have been settled") is one quotation worded differently. The shorter is aligned word by word
    /// inside the longer (the longer's words before and after it are free: a quote may be an excerpt); quotes that
    /// differ only in punctuation, case or a name's spelling align exactly and agree. Two quotes that share a few
    /// words but are not one quotation (two statements by one speaker) need too many edits and are not compared.
    /// </summary>
    internal static class QuoteComparison
    {
        private const int MinWords = 5;
        private const int MinMatched = 3;
        private const double MaxEditShare = 0.3;
        private const int MaxLength = 120;
        private const int LongQuote = 15;

        /// <summary>
        /// The quote's words as compared: an editor's insertion in brackets left out ("respect to her (Tara Reid)"),
        /// hyphenated words split ("eleventh-hour"), curly apostrophes straightened, British spellings folded to
        /// American ("neighbourhood", "organise") and every word folded by name skeleton (which also folds case and
        /// doubled letters), so "We"/"we" and "Pashinyan"/"Pashinian" are one word.
        /// </summary>
        public static string[] Words(string text)
        {
            var words = new List<string>();
            foreach (var token in Tokenizer.Tokenize(WithoutInsertions(text)))
            {
                if (token.Kind == TokenKind.Number)
                {
                    words.Add(token.Text);
                }
                else if (token.IsWord)
                {
                    foreach (var part in token.Text.Replace('\u2019', '\'').Split('-'))
                    {
                        if (part.Length > 0)
                        {
                            words.Add(NameSkeleton.Of(AmericanSpelling(part.ToLowerInvariant())));
                        }
                    }
                }
            }

            return words.ToArray();
        }

        private static string WithoutInsertions(string text)
        {
            if (text.IndexOf('(') < 0 && text.IndexOf('[') < 0)
            {
                return text;
            }

            var kept = new System.Text.StringBuilder(text.Length);
            var depth = 0;
            foreach (var c in text)
            {
                if (c is '(' or '[')
                {
                    depth++;
                }
                else if (c is ')' or ']' && depth > 0)
                {
                    depth--;
                }
                else if (depth == 0)
                {
                    kept.Append(c);
                }
            }

            return kept.ToString();
        }

        private static string AmericanSpelling(string word) => word
            .Replace("our", "or")
            .Replace("isation", "ization")
            .Replace("ise", "ize")
            .Replace("yse", "yze")
            .Replace("ogue", "og")
            .Replace("ence", "ense");

        /// <summary>True when one quote is the other, or an excerpt of it, word for word (as <see cref="Words"/> folds them).</summary>
        public static bool SameWords(string[] a, string[] b)
        {
            var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
            return shorter.Length >= MinWords && longer.Length <= MaxLength && Shared(shorter, longer) == shorter.Length && Edits(shorter, longer).Words == 0;
        }

        public static bool WordedDifferently(string[] a, string[] b)
        {
            var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
            if (shorter.Length < MinWords || longer.Length > MaxLength || Shared(shorter, longer) < MinMatched)
            {
                return false;
            }

            // A quotation worded differently in one place (two in a long one); more places are two statements, or
            // a paraphrase that was never one quotation.
            var content = shorter.Count(w => !IsFunctionWord(w));
            var (edits, places) = Edits(shorter, longer);
            if (shorter.Length == longer.Length)
            {
                // Either may be the one aligned inside the other: the comparison must not depend on which is asked.
                var (otherEdits, otherPlaces) = Edits(longer, shorter);
                if (otherEdits < edits || (otherEdits == edits && otherPlaces < places))
                {
                    (edits, places) = (otherEdits, otherPlaces);
                }
            }

            var allowed = Math.Max(1, (int)(MaxEditShare * shorter.Length));
            return edits > 0 && edits <= allowed && places <= (shorter.Length >= LongQuote ? 2 : 1) && content - edits >= MinMatched;
        }

        // Word-level edit distance of the whole shorter sequence against the best-matching run of the longer one
        // (free leading and trailing words in the longer): the semi-global alignment, O(n·m) on two short quotes.
        // Adding, dropping or swapping a function word costs nothing ("we received" / "we have received": how
        // outlets tidy a transcript, not a different quote), nor does writing a compound as one word or two
        // ("data center" / "datacenter"); negations are content words. Returns the number of edited words and of
        // places edited: "resolved yet" / "settled" is two words in one place.
        private static (int Words, int Places) Edits(string[] shorter, string[] longer)
        {
            // Two costs per cell, each with its alignment: edited words, and places (runs of edits; a run costs 1).
            var words = new int[shorter.Length + 1][];
            var places = new int[shorter.Length + 1][];
            var inRun = new bool[shorter.Length + 1][];
            words[0] = new int[longer.Length + 1]; // the shorter is empty: the longer may start anywhere
            places[0] = new int[longer.Length + 1];
            inRun[0] = new bool[longer.Length + 1];
            for (var i = 1; i <= shorter.Length; i++)
            {
                words[i] = new int[longer.Length + 1];
                places[i] = new int[longer.Length + 1];
                inRun[i] = new bool[longer.Length + 1];

                // The shorter's own first words missing from the longer: a different cut, not tidying.
                words[i][0] = i;
                places[i][0] = 1;
                inRun[i][0] = true;
                var mine = shorter[i - 1];
                for (var j = 1; j <= longer.Length; j++)
                {
                    var theirs = longer[j - 1];
                    var free = string.Equals(mine, theirs, StringComparison.Ordinal) || (IsFunctionWord(mine) && IsFunctionWord(theirs));
                    var best = Step(words, places, inRun, i - 1, j - 1, free ? 0 : 1);
                    best = Better(best, Step(words, places, inRun, i - 1, j, Cost(mine)));
                    best = Better(best, Step(words, places, inRun, i, j - 1, Cost(theirs)));
                    if (j >= 2 && string.Equals(mine, longer[j - 2] + theirs, StringComparison.Ordinal))
                    {
                        best = Better(best, Step(words, places, inRun, i - 1, j - 2, 0));
                    }

                    if (i >= 2 && string.Equals(shorter[i - 2] + mine, theirs, StringComparison.Ordinal))
                    {
                        best = Better(best, Step(words, places, inRun, i - 2, j - 1, 0));
                    }

                    (words[i][j], places[i][j], inRun[i][j]) = best;
                }
            }

            var fewest = (Words: int.MaxValue, Places: int.MaxValue);
            for (var j = 0; j <= longer.Length; j++)
            {
                var cell = (words[shorter.Length][j], places[shorter.Length][j]);
                if (cell.Item1 < fewest.Words || (cell.Item1 == fewest.Words && cell.Item2 < fewest.Places))
                {
                    fewest = cell; // the longer may end anywhere
                }
            }

            return fewest;
        }

        // The cell reached from (i, j) by an operation costing `cost` edited words: a costed edit after a match
        // opens a new place, one after an edit continues it.
        private static (int Words, int Places, bool InRun) Step(int[][] words, int[][] places, bool[][] inRun, int i, int j, int cost) =>
            cost == 0
                ? (words[i][j], places[i][j], false)
                : (words[i][j] + cost, places[i][j] + (inRun[i][j] ? 0 : 1), true);

        private static (int Words, int Places, bool InRun) Better((int Words, int Places, bool InRun) a, (int Words, int Places, bool InRun) b) =>
            b.Words < a.Words || (b.Words == a.Words && b.Places < a.Places) ? b : a;

        /// <summary>
        /// True when the span holds an attribution ("…all the best," he says. "I just…"): where a source lost a
        /// quotation mark, the text between two quotations is read as one. Such a span is not one quotation.
        /// </summary>
        public static bool HoldsAttribution(string text)
        {
            var tokens = Tokenizer.Tokenize(text);
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                if (tokens[i].IsWord && Lexicon.Pronouns.Contains(tokens[i].Text) && tokens[i + 1].IsWord && Lexicon.SpeechVerbs.Contains(tokens[i + 1].Text))
                {
                    return true;
                }
            }

            return false;
        }

        private static int Cost(string word) => IsFunctionWord(word) ? 0 : 1;

        private static bool IsFunctionWord(string word) => FunctionWords.Contains(word);

        // As Words folds them (name skeletons: "have" stays, "is" stays, "the" stays).
        private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
        {
            "a", "an", "the", "have", "has", "had", "is", "are", "was", "were", "be", "ben", "bein", "that", "this", "and",
            "but", "or", "of", "to", "in", "on", "at", "for", "with", "it", "its", "it's", "so", "just", "veri", "realli",
            "there", "then", "as", "also", "s", "d", "ll", "ve", "re", "m", "wil", "would", "wuld", "can", "do", "does",
        };

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
