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
    internal static class FigureComparison
    {
        private const decimal Approximation = 0.1m;



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
        public static bool SameStatement(FigureKey a, FigureKey b) => a.Statement.Says(b.Statement);

        /// <summary>
        /// The keys of an article's figures, the headline's among them (a headline figure can conflict too). A figure
        /// that shares its sentence with another of the same unit ("landed 178 of 369 punches", "a depth of 10 km,
        /// 55 km west of the town") is marked <see cref="FigureKey.Ambiguous"/>: which one another report's figure
        /// answers to cannot be told from the words around it. So is a part of a count ("two other rifles").
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
                // "two other rifles", "64 additional players": a part of a count told elsewhere, not the count.
                if (IsPart(key.Figure.Text))
                {
                    key.Ambiguous = true;
                }

                if (seen.TryGetValue((key.Statement.SentenceStart, key.Unit), out var first))
                {
                    first.Ambiguous = key.Ambiguous = true;
                }
                else
                {
                    seen[(key.Statement.SentenceStart, key.Unit)] = key;
                }
            }

            return keys;
        }

        private static bool IsPart(string figureText) =>
            figureText.IndexOf(" other ", StringComparison.OrdinalIgnoreCase) >= 0 || figureText.IndexOf(" additional ", StringComparison.OrdinalIgnoreCase) >= 0;

        public static FigureKey Key(string text, ParsedFigure figure)
        {
            var unit = UnitKey(figure.Unit);
            return new FigureKey(figure, unit, Statement.Around(text, figure.Range, unit));
        }
    }
}
