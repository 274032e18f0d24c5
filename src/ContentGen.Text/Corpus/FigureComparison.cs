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
        private static readonly char[] SentenceEnds = { '.', '!', '?', '\n', '\r' };

        private static readonly HashSet<string> NotContext = new(StringComparer.Ordinal)
        {
            "said", "says", "told", "according", "about", "some", "more", "than", "least", "that", "this", "with", "from",
            "have", "were", "been", "their", "there", "they", "which", "would", "will", "also", "into", "after", "before",
            "over", "under", "nearly", "around", "almost", "what", "when", "where", "while", "other", "such", "only",
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

        /// <summary>The content words of the sentence a figure stands in: what tells "26 months late" from "18 months of repairs".</summary>
        public static HashSet<string> Context(string text, ParsedFigure figure)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            var at = figure.Range.Start;
            if (at < 0 || figure.Range.End > text.Length)
            {
                return words;
            }

            // The sentence around the figure, within a bounded window so that the cost per figure is constant.
            var windowStart = Math.Max(0, at - ContextWindow);
            var start = text.LastIndexOfAny(SentenceEnds, Math.Max(windowStart, at - 1), at - windowStart) + 1;
            start = Math.Max(start, windowStart);
            var windowEnd = Math.Min(text.Length, figure.Range.End + ContextWindow);
            var end = text.IndexOfAny(SentenceEnds, figure.Range.End, windowEnd - figure.Range.End);
            var sentence = text.Substring(start, (end < 0 ? windowEnd : end) - start);
            var unit = UnitKey(figure.Unit);
            foreach (var token in Tokenizer.Tokenize(sentence))
            {
                if (token.IsWord && token.Length >= 4)
                {
                    var word = UnitKey(token.Text);
                    if (!NotContext.Contains(word) && word != unit)
                    {
                        words.Add(word);
                    }
                }
            }

            return words;
        }
    }
}
