using System;
using System.Collections.Generic;
using ContentGen.Text.Extraction;
using ContentGen.Text.Model;

namespace ContentGen.Text.Corpus
{
    /// <summary>
    /// Decides whether two figures count the same thing and whether they can both be true. Qualifiers are ranges
    /// (about/some: ±10%, at least: ≥, more than: &gt;, up to: ≤, fewer than: &lt;); two figures conflict only when
    /// their ranges cannot overlap — "at least three killed" and "five killed" agree, "44 days" and "45 days" do not.
    /// </summary>
    public static class FigureComparison
    {
        private const decimal Approximation = 0.1m;
        private const int ContextWindow = 400;
        private const int MinSharedNear = 3;
        private const double SameSentenceShare = 0.6;
        private const double CopiedSentenceShare = 0.9;
        private const int NearWords = 3;
        private static readonly char[] SentenceEnds = { '.', '!', '?', '\n', '\r' };

        private static readonly HashSet<string> NotContext = new(StringComparer.Ordinal)
        {
            "said", "says", "told", "according", "the", "and", "for", "was", "are", "his", "her", "its", "has", "had", "but", "not", "who", "all", "out", "per", "than", "them", "then", "about", "some", "more", "than", "least", "that", "this", "with", "from",
            "have", "were", "been", "their", "there", "they", "which", "would", "will", "also", "into", "after", "before",
            "over", "under", "nearly", "around", "almost", "what", "when", "where", "while", "other", "such", "only",
        };

        private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
        {
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
            "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "dozen", "half", "percent",
        };

        /// <summary>What is counted, without number: "Peacekeepers" and "peacekeeper" are one key.</summary>
        public static string UnitKey(string unit)
        {
            var key = unit.ToLowerInvariant();
            if (key == "person")
            {
                return "people";
            }

            return key.Length > 3 && key.EndsWith("s", StringComparison.Ordinal) && !key.EndsWith("ss", StringComparison.Ordinal) ? key.Substring(0, key.Length - 1) : key;
        }

        public static bool CanBothBeTrue(ParsedFigure a, ParsedFigure b)
        {
            var (aLow, aLowOpen, aHigh, aHighOpen) = Bounds(a);
            var (bLow, bLowOpen, bHigh, bHighOpen) = Bounds(b);
            var low = Math.Max(aLow, bLow);
            var high = Math.Min(aHigh, bHigh);
            if (low < high)
            {
                return true;
            }

            if (low > high)
            {
                return false;
            }

            // Touching ranges overlap only where both include the point.
            var lowOpen = (aLow == low && aLowOpen) || (bLow == low && bLowOpen);
            var highOpen = (aHigh == high && aHighOpen) || (bHigh == high && bHighOpen);
            return !lowOpen && !highOpen;
        }

        private static (decimal Low, bool LowOpen, decimal High, bool HighOpen) Bounds(ParsedFigure figure)
        {
            var v = figure.Value;
            return figure.Qualifier switch
            {
                FigureQualifier.Approximately => (v * (1 - Approximation), false, v * (1 + Approximation), false),
                FigureQualifier.AtLeast => (v, false, decimal.MaxValue, false),
                FigureQualifier.MoreThan => (v, true, decimal.MaxValue, false),
                FigureQualifier.UpTo => (0, false, v, false),
                FigureQualifier.FewerThan => (0, false, v, true),
                _ => (v, false, v, false),
            };
        }

        /// <summary>
        /// True when two figures of one unit say the same thing: their sentences mostly agree and so do the words
        /// next to them ("Manning completed his first 17 passes" and "Manning completed his first 35 passes"). Looser
        /// matches were measured on real multi-outlet news to be mostly other quantities of the same unit (one
        /// district's toll against the total, one game's passes against the season's), so a conflict needs both.
        /// </summary>
        public static bool SameStatement(FigureKey a, FigureKey b)
        {
            var near = Shared(a.Near, b.Near);
            var sentence = Shared(a.Sentence, b.Sentence) / (double)Math.Max(1, Math.Min(a.Sentence.Count, b.Sentence.Count));
            return (near >= MinSharedNear && sentence >= SameSentenceShare) || (near >= MinSharedNear - 1 && sentence >= CopiedSentenceShare);
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

        /// <summary>
        /// The keys of an article's figures, the headline's among them (a headline figure can conflict too). A figure
        /// that shares its sentence with another of the same unit ("landed 178 of 369 punches", "a depth of 10 km,
        /// 55 km west of the town") is marked <see cref="FigureKey.Ambiguous"/>: which one another report's figure
        /// answers to cannot be told from the words around it.
        /// </summary>
        public static List<FigureKey> Keys(string text, ParsedArticle article, ParsedParagraph? title)
        {
            var keys = new List<FigureKey>(article.Figures.Count);
            if (title is not null)
            {
                foreach (var figure in FigureExtractor.Extract(new[] { title }))
                {
                    keys.Add(Key(text, figure with { Paragraph = -1 }));
                }
            }

            foreach (var figure in article.Figures)
            {
                keys.Add(Key(text, figure));
            }

            var seen = new Dictionary<(int, string), FigureKey>();
            foreach (var key in keys)
            {
                if (seen.TryGetValue((key.SentenceStart, key.Unit), out var first))
                {
                    first.Ambiguous = key.Ambiguous = true;
                }
                else
                {
                    seen[(key.SentenceStart, key.Unit)] = key;
                }
            }

            return keys;
        }

        public static FigureKey Key(string text, ParsedFigure figure)
        {
            var unit = UnitKey(figure.Unit);
            var sentenceWords = new HashSet<string>(StringComparer.Ordinal);
            var near = new HashSet<string>(StringComparer.Ordinal);
            var at = figure.Range.Start;
            if (at < 0 || figure.Range.End > text.Length)
            {
                return new FigureKey(figure, unit, sentenceWords, near, -1);
            }

            // The sentence around the figure, within a bounded window so that the cost per figure is constant.
            var windowStart = Math.Max(0, at - ContextWindow);
            var start = text.LastIndexOfAny(SentenceEnds, Math.Max(windowStart, at - 1), at - windowStart) + 1;
            start = Math.Max(start, windowStart);
            var windowEnd = Math.Min(text.Length, figure.Range.End + ContextWindow);
            var end = text.IndexOfAny(SentenceEnds, figure.Range.End, windowEnd - figure.Range.End);
            var sentence = text.Substring(start, (end < 0 ? windowEnd : end) - start);
            var before = new List<string>();
            var after = 0;
            foreach (var token in Tokenizer.Tokenize(sentence))
            {
                if (!token.IsWord || token.Length < 3)
                {
                    continue;
                }

                var word = UnitKey(token.Text);
                if (NotContext.Contains(word) || NumberWords.Contains(word) || word == unit)
                {
                    continue;
                }

                if (token.Length >= 4)
                {
                    sentenceWords.Add(word);
                }

                var offset = start + token.Start;
                if (offset < at)
                {
                    before.Add(word);
                }
                else if (offset >= figure.Range.End && after < NearWords)
                {
                    near.Add(word);
                    after++;
                }
            }

            for (var i = Math.Max(0, before.Count - NearWords); i < before.Count; i++)
            {
                near.Add(before[i]);
            }

            return new FigureKey(figure, unit, sentenceWords, near, start);
        }
    }

    /// <summary>A figure with what it counts (<see cref="FigureComparison.UnitKey"/>) and the words around it.</summary>
    public sealed class FigureKey
    {
        public FigureKey(ParsedFigure figure, string unit, HashSet<string> sentence, HashSet<string> near, int sentenceStart) =>
            (Figure, Unit, Sentence, Near, SentenceStart) = (figure, unit, sentence, near, sentenceStart);

        public ParsedFigure Figure { get; }

        public string Unit { get; }

        /// <summary>The content words of the figure's sentence.</summary>
        public HashSet<string> Sentence { get; }

        /// <summary>The content words closest to the figure on either side, within its sentence.</summary>
        public HashSet<string> Near { get; }

        /// <summary>Where the figure's sentence starts in the article's text.</summary>
        public int SentenceStart { get; }

        /// <summary>True when another figure of the same unit stands in the same sentence.</summary>
        public bool Ambiguous { get; internal set; }
    }
}
