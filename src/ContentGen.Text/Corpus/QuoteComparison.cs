using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Tokens;

namespace ContentGen.Text.Corpus
{
    /// <summary>
    /// Compares two quotations. One quotation worded differently is the same words (<see cref="QuoteWords"/>) with a
    /// word or two changed, or one or two added or dropped, in one place (two in a long quote): an alignment
    /// (<see cref="QuoteAlignment"/>), not a bag of words. What an editor may write either way agrees (punctuation,
    /// case, hyphens, number style, contractions, British and American spelling, function words a transcript tidies,
    /// initials); so does a quote cut shorter or longer at either end, or with a phrase of three or more words left
    /// out. Two quotes that share a few words but are not one quotation (two statements by one speaker, two
    /// translations of one remark) differ in more places, by more words, or share too little around the change.
    /// </summary>
    internal static class QuoteComparison
    {
        private const int MinWords = 5;
        private const int MinMatched = 3;
        private const double MaxEditShare = 0.3;
        private const int MaxLength = 120;
        private const int LongQuote = 15;

        /// <summary>The quote's words as compared (<see cref="QuoteWords.Of"/>).</summary>
        public static string[] Words(string text) => QuoteWords.Of(text);

        /// <summary>
        /// True when one quote is the other, or an excerpt of it, word for word (as <see cref="Words"/> folds them):
        /// a report corroborating the other's wording.
        /// </summary>
        public static bool SameWords(string[] a, string[] b)
        {
            var (shorter, longer) = Ordered(a, b);
            if (shorter.Length < MinWords || longer.Length > MaxLength || SharedContent(shorter, longer) < MinMatched)
            {
                return false;
            }

            // Every content word of the shorter within the words both give, and nothing changed or left out between.
            var alignment = QuoteAlignment.Of(shorter, longer);
            return alignment.Matched >= MinMatched && alignment.OutsideA == 0
                && alignment.Rewordings == 0 && alignment.Divergences == 0 && alignment.Elisions == 0;
        }

        /// <summary>True when the two quotes are one quotation with a word or two changed, added or dropped.</summary>
        public static bool WordedDifferently(string[] a, string[] b)
        {
            var (shorter, longer) = Ordered(a, b);
            if (shorter.Length < MinWords || longer.Length > MaxLength || SharedContent(shorter, longer) < MinMatched)
            {
                return false;
            }

            var alignment = QuoteAlignment.Of(shorter, longer);
            var places = shorter.Length >= LongQuote ? 2 : 1;
            var edits = alignment.EditedWords;

            // Reworded in one place (two in a long quote), by few words, and nowhere more than that; the shorter
            // quote mostly within the words both give (not two quotes that merely overlap on a phrase); and the words
            // around the change shared: at least twice as many as were changed, so that a shared name's words do not
            // make two statements one.
            return alignment.Rewordings > 0
                && alignment.Rewordings <= places
                && alignment.Divergences == 0
                && 2 * alignment.OutsideA <= alignment.Matched
                && edits <= Math.Max(1, (int)(MaxEditShare * shorter.Length))
                && alignment.Matched >= MinMatched
                && alignment.Matched >= 2 * edits;
        }

        // The shorter first; of two of one length, a fixed order, so that the answer does not depend on which is asked.
        private static (string[] Shorter, string[] Longer) Ordered(string[] a, string[] b)
        {
            if (a.Length != b.Length)
            {
                return a.Length < b.Length ? (a, b) : (b, a);
            }

            for (var k = 0; k < a.Length; k++)
            {
                var order = string.CompareOrdinal(a[k], b[k]);
                if (order != 0)
                {
                    return order < 0 ? (a, b) : (b, a);
                }
            }

            return (a, b);
        }

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

        // Content words the two share, counted as a bag: a cheap bound on what the alignment can match, so that most
        // pairs of quotes (sharing only "the" and "of") are never aligned.
        private static int SharedContent(string[] a, string[] b)
        {
            var used = new bool[b.Length];
            var shared = 0;
            foreach (var word in a)
            {
                if (QuoteAlignment.IsFunctionWord(word) || word == QuoteWords.SentenceEnd)
                {
                    continue;
                }

                for (var k = 0; k < b.Length; k++)
                {
                    if (!used[k] && string.Equals(word, b[k], StringComparison.Ordinal))
                    {
                        used[k] = true;
                        shared++;
                        break;
                    }
                }
            }

            return shared;
        }
    }
}
