using System;
using System.Collections.Generic;
using ContentGen.Text.Model;
using ContentGen.Text.Tokens;

namespace ContentGen.Text.Corpus
{
    /// <summary>
    /// What a sentence says around one thing in it (a figure, a date, a weekday): the content words of the sentence
    /// and the few on either side of the thing. Two reports state the same fact when both agree: their sentences
    /// mostly share words and so do the words next to the thing ("Manning completed his first 17 passes" and
    /// "He completed his first 35 passes"). Looser matches, measured on real multi-outlet news, were mostly other
    /// facts of the same kind (one district's toll against the total, a crime's date against the trial's).
    /// </summary>
    internal sealed class Statement
    {
        private const int ContextWindow = 400;
        private const int NearWords = 3;
        private const int MinSharedNear = 3;
        private const double SameSentenceShare = 0.6;
        private const double CopiedSentenceShare = 0.9;

        private static readonly HashSet<string> NotContext = new(StringComparer.Ordinal)
        {
            "said", "says", "told", "according", "published", "posted", "updated", "modified", "the", "and", "for", "was", "are", "his", "her", "its", "has", "had", "but", "not", "who", "all", "out", "per", "than", "them", "then", "about", "some", "more", "than", "least", "that", "this", "with", "from",
            "have", "were", "been", "their", "there", "they", "which", "would", "will", "also", "into", "after", "before",
            "over", "under", "nearly", "around", "almost", "what", "when", "where", "while", "other", "such", "only",
        };

        private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
        {
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
            "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "dozen", "half", "percent",
        };

        private Statement(HashSet<string> sentence, HashSet<string> near, int sentenceStart, int sentenceEnd, int sentenceWordCount, string? subject) =>
            (Sentence, Near, SentenceStart, SentenceEnd, SentenceWordCount, Subject) = (sentence, near, sentenceStart, sentenceEnd, sentenceWordCount, subject);

        /// <summary>The content words of the sentence.</summary>
        public HashSet<string> Sentence { get; }

        /// <summary>The content words closest to the thing on either side, within its sentence.</summary>
        public HashSet<string> Near { get; }

        /// <summary>Where the sentence starts in the article's text (-1 when the range lies outside it).</summary>
        public int SentenceStart { get; }

        /// <summary>Where the sentence (or the window read of it) ends in the article's text (-1 when the range lies outside it).</summary>
        public int SentenceEnd { get; }

        /// <summary>How many words the sentence has besides the thing itself, function words included.</summary>
        public int SentenceWordCount { get; }

        /// <summary>
        /// The name closest before the thing in its sentence (folded like names): whom a figure is said of ("Manning
        /// completed 29 of 34 passes", "Garrard completed 28 of 41"). Null when the sentence names no one before it.
        /// </summary>
        public string? Subject { get; }

        /// <summary>True when both statements state the same fact (see the type's remarks).</summary>
        public bool Says(Statement other) => Says(other, MinSharedNear, SameSentenceShare);

        /// <summary>
        /// True when both statements state the same fact, reading a sentence as if it had at least
        /// <paramref name="minSentenceWords"/> content words: a sentence of two ("Ely put up 23 points against the Tar
        /// Heels") shares all of them with many by chance.
        /// </summary>
        public bool Says(Statement other, int minSentenceWords) => Says(other, MinSharedNear, SameSentenceShare, minSentenceWords);

        /// <summary>
        /// True when at least <paramref name="minNear"/> words next to the thing and <paramref name="sentenceShare"/>
        /// of the shorter sentence's content words agree, or the sentences are all but copies.
        /// </summary>
        public bool Says(Statement other, int minNear, double sentenceShare, int minSentenceWords = 1)
        {
            if (Subject is not null && other.Subject is not null && !string.Equals(Subject, other.Subject, StringComparison.Ordinal))
            {
                return false; // said of two different people or places
            }

            var near = Shared(Near, other.Near);
            var sentence = Shared(Sentence, other.Sentence) / (double)Math.Max(minSentenceWords, Math.Min(Sentence.Count, other.Sentence.Count));
            return (near >= minNear && sentence >= sentenceShare) || (near >= minNear - 1 && sentence >= CopiedSentenceShare);
        }

        /// <summary>The share of the shorter sentence's content words that the other sentence has too.</summary>
        public double SentenceShare(Statement other) =>
            Shared(Sentence, other.Sentence) / (double)Math.Max(1, Math.Min(Sentence.Count, other.Sentence.Count));

        /// <summary>True when the statements are said of two different named subjects (people or places).</summary>
        public bool SaidOfOthers(Statement other) =>
            Subject is not null && other.Subject is not null && !string.Equals(Subject, other.Subject, StringComparison.Ordinal);

        /// <summary>The statement around <paramref name="range"/>; <paramref name="skip"/> (a unit) is not a content word.</summary>
        public static Statement Around(string text, TextRange range, string? skip = null)
        {
            var sentenceWords = new HashSet<string>(StringComparer.Ordinal);
            var near = new HashSet<string>(StringComparer.Ordinal);
            var at = range.Start;
            if (at < 0 || range.End > text.Length)
            {
                return new Statement(sentenceWords, near, -1, -1, 0, null);
            }

            // The sentence around the range, within a bounded window so that the cost per statement is constant.
            var windowStart = Math.Max(0, at - ContextWindow);
            var start = SentenceStartBefore(text, at, windowStart);
            var windowEnd = Math.Min(text.Length, range.End + ContextWindow);
            var end = SentenceEndAfter(text, range.End, windowEnd);
            end = end < 0 ? windowEnd : end;
            var sentence = text.Substring(start, end - start);
            var before = new List<string>();
            var after = 0;
            var words = 0;
            string? subject = null;
            foreach (var token in Tokenizer.Tokenize(sentence))
            {
                var offset = start + token.Start;
                if (!token.IsWord || (offset >= at && offset < range.End))
                {
                    continue;
                }

                words++;
                if (offset < at && token.IsCapitalized && token.Length >= 3
                    && !Lexicon.NotNames.Contains(token.Text) && !Lexicon.Titles.Contains(token.Text))
                {
                    subject = NameSkeleton.Of(token.Text);
                }

                if (token.Length < 3)
                {
                    continue;
                }

                var word = FigureComparison.UnitKey(token.Text);
                if (NotContext.Contains(word) || NumberWords.Contains(word) || word == skip)
                {
                    continue;
                }

                if (token.Length >= 4)
                {
                    sentenceWords.Add(word);
                }

                if (offset < at)
                {
                    before.Add(word);
                }
                else if (after < NearWords)
                {
                    near.Add(word);
                    after++;
                }
            }

            for (var i = Math.Max(0, before.Count - NearWords); i < before.Count; i++)
            {
                near.Add(before[i]);
            }

            return new Statement(sentenceWords, near, start, end, words, subject);
        }

        // A full stop between digits ("15.5 points") or after a lone capital ("U.S.") ends no sentence.
        private static int SentenceStartBefore(string text, int at, int windowStart)
        {
            for (var i = at - 1; i >= windowStart; i--)
            {
                if (EndsSentenceAt(text, i))
                {
                    return i + 1;
                }
            }

            return windowStart;
        }

        private static int SentenceEndAfter(string text, int from, int windowEnd)
        {
            for (var i = from; i < windowEnd; i++)
            {
                if (EndsSentenceAt(text, i))
                {
                    return i;
                }
            }

            return windowEnd;
        }

        private static bool EndsSentenceAt(string text, int i)
        {
            var c = text[i];
            if (c is '!' or '?' or '\n' or '\r')
            {
                return true;
            }

            if (c != '.')
            {
                return false;
            }

            var digitsAround = i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
            var initial = i > 0 && char.IsUpper(text[i - 1]) && (i < 2 || !char.IsLetter(text[i - 2]));
            return !digitsAround && !initial;
        }

        private static int Shared(HashSet<string> a, HashSet<string> b)
        {
            var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
            var shared = 0;
            foreach (var word in small)
            {
                if (large.Contains(word))
                {
                    shared++;
                }
            }

            return shared;
        }
    }
}
