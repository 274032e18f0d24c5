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

        // A counted phrase of several words ("17 unanswered points") is specific enough with a little shared context.
        private const double NarrowedSentenceShare = 0.2;

        // Under one governing word, three more shared words of the clause or most of the sentence say the same statement.
        private const int GovernedClauseWords = 3;
        private const double GovernedSentenceShare = 0.7;

        // Figures governed by different words make the same statement only in sentences that say more than two things.
        private const int MinWordsUnderOtherGovernors = 3;


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
        public static bool SameStatement(FigureKey a, FigureKey b) =>
            a.Statement.Says(b.Statement, Differ(a.Binding.Governor, b.Binding.Governor) ? MinWordsUnderOtherGovernors : 1);

        /// <summary>
        /// True when two figures of one unit count the same quantity, decided on what each is bound to
        /// (<see cref="FigureBinding"/>) as well as on their sentences. Slots both figures fill and that differ say
        /// they are different quantities: another place ("in Egypt" / "in India"), another part ("of the vote" / "of
        /// the seats"), another noun modified ("a 15-year sentence" / "a 15-year veteran"), another counted phrase
        /// ("rushing yards" / "receiving yards"), another part of a series ("first" / "last"), another person (named,
        /// or the one a pronoun stands for), another frame (a line of statistics whose other figures all disagree).
        /// Otherwise the same statement (<see cref="SameStatement"/>) is the same quantity, and so are figures bound
        /// alike: the same counted phrase of several words in related sentences, the same part of a series under the
        /// same governing word ("completed his first 17 passes"), the same governing word (or a synonym: "worth" /
        /// "valued at") with three more shared words of the clause, the same place or most of the sentence. A figure
        /// that shares its sentence with another of its unit is compared only on its binding, which must tell it from
        /// the others.
        /// </summary>
        public static bool SameQuantity(FigureKey a, FigureKey b) => SameQuantityBy(a, b) is not null;

        /// <summary>Which agreement makes two figures the same quantity (see <see cref="SameQuantity"/>); null when none does.</summary>
        public static string? SameQuantityBy(FigureKey a, FigureKey b)
        {
            var x = a.Binding;
            var y = b.Binding;
            if (OtherFrames(a, b) || x.SaidOfOthers(y) || Differ(x.Place, y.Place) || Differ(x.Head, y.Head) || Differ(x.Of, y.Of)
                || Differ(x.Narrowing, y.Narrowing) || Differ(x.Ordinal, y.Ordinal) || !string.Equals(x.Scope, y.Scope, StringComparison.Ordinal))
            {
                return null;
            }

            var governed = x.SameGovernor(y);
            // A figure that shares its sentence with others of its unit needs a slot that tells it apart to agree: its place,
            // what it is part of, the noun it modifies ("82 percent in India"). A governing word is too common for that
            // ("caught eight passes for 66 yards and two touchdowns").
            if (SameStatement(a, b) && ((!a.Ambiguous && !b.Ambiguous) || Agree(x.Place, y.Place) || Agree(x.Of, y.Of) || Agree(x.Head, y.Head)))
            {
                return "statement";
            }

            var share = a.Statement.SentenceShare(b.Statement);
            if (x.Narrowing.Length > 0 && x.Narrowing == y.Narrowing && (governed || share >= NarrowedSentenceShare))
            {
                return "phrase";
            }

            if (governed && x.Ordinal.Length > 0 && x.Ordinal == y.Ordinal)
            {
                return "series";
            }

            // The same governing word (or one of its synonyms, see FigureBinding) and something more that only a report of
            // the same statement shares: three more words of the clause ("armed robbers stole gems worth" / "armed robbers
            // stole diamonds valued at"), the same place, or most of the sentence.
            if (governed && (x.SharedClauseWords(y) >= GovernedClauseWords || Agree(x.Place, y.Place) || share >= GovernedSentenceShare))
            {
                return "predicate";
            }

            return null;
        }

        // "Teixeira hit 13 homers and 43 RBIs in 54 games" / "had 33 homers and 121 RBIs in 157 games": when a sentence
        // lists three figures or more (a line of statistics, a haul) and the figures of another quantity that both
        // sentences give all disagree, they report other frames (another game, season or operation), so their figures
        // are other quantities. One changed figure leaves the rest alike. Two figures in a sentence are more often a
        // whole and its part ("sentenced to 2 years, with 9 months to serve"), where one disagreement is just that.
        private static bool OtherFrames(FigureKey a, FigureKey b)
        {
            if (a.Neighbours.Count < 2 && b.Neighbours.Count < 2)
            {
                return false;
            }

            foreach (var mine in a.Neighbours)
            {
                if (mine.Unit == a.Unit && mine.Binding.Narrowing == a.Binding.Narrowing)
                {
                    continue; // another figure of this very quantity: which one answers to b is what is being decided
                }

                var shared = false;
                var alike = false;
                foreach (var theirs in b.Neighbours)
                {
                    if (SameSlot(theirs, mine))
                    {
                        shared = true;
                        alike |= AnyAlike(a.Neighbours, theirs);
                    }
                }

                if (shared && !alike)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool AnyAlike(IReadOnlyList<FigureKey> figures, FigureKey other)
        {
            foreach (var figure in figures)
            {
                if (SameSlot(figure, other) && CanBothBeTrue(figure.Figure, other.Figure))
                {
                    return true;
                }
            }

            return false;
        }

        // "548 rushing yards" and "498 rushing yards" fill one slot of a sentence's figures; "176 receiving yards" another.
        private static bool SameSlot(FigureKey a, FigureKey b) => a.Unit == b.Unit && a.Binding.Narrowing == b.Binding.Narrowing;

        private static bool Agree(string? a, string? b) => a is not null && string.Equals(a, b, StringComparison.Ordinal);

        private static bool Differ(string? a, string? b) => !string.IsNullOrEmpty(a) && !string.IsNullOrEmpty(b) && !string.Equals(a, b, StringComparison.Ordinal);

        /// <summary>True when the figure can be compared: alone of its unit in its sentence, or told apart by its binding.</summary>
        public static bool Comparable(FigureKey key) => !key.Ambiguous || key.Resolved;

        /// <summary>
        /// The keys of an article's figures, the headline's among them (a headline figure can conflict too). A figure
        /// that shares its sentence with another of the same unit ("landed 178 of 369 punches", "a depth of 10 km,
        /// 55 km west of the town") is marked <see cref="FigureKey.Ambiguous"/>: which one another report's figure
        /// answers to cannot be told from the words around it. So is a part of a count ("two other rifles").
        /// </summary>
        public static List<FigureKey> Keys(string text, ParsedArticle article, ParsedParagraph? title)
        {
            var keys = new List<FigureKey>(article.Figures.Count);
            var people = PersonMentions.Of(article);
            if (title is not null)
            {
                foreach (var figure in FigureExtractor.Extract(new[] { title }))
                {
                    keys.Add(Key(text, figure with { Paragraph = -1 }, people));
                }
            }

            foreach (var figure in article.Figures)
            {
                keys.Add(Key(text, figure, people));
            }

            var sentences = new Dictionary<(int, string), List<FigureKey>>();
            FigureKey? previous = null;
            foreach (var key in keys)
            {
                // "22 miles (35 kilometers)": the figure in brackets is the one before it in another unit.
                if (previous is not null && previous.Figure.Paragraph == key.Figure.Paragraph && IsConversion(text, previous.Figure.Range, key.Figure.Range))
                {
                    key.Binding = previous.Binding;
                }

                previous = key;
                var sentence = (key.Statement.SentenceStart, key.Unit);
                if (sentences.TryGetValue(sentence, out var same))
                {
                    same.Add(key);
                }
                else
                {
                    sentences[sentence] = new List<FigureKey>(1) { key };
                }
            }

            var bySentence = new Dictionary<int, List<FigureKey>>();
            foreach (var key in keys)
            {
                if (!bySentence.TryGetValue(key.Statement.SentenceStart, out var inSentence))
                {
                    bySentence[key.Statement.SentenceStart] = inSentence = new List<FigureKey>(1);
                }

                inSentence.Add(key);
            }

            foreach (var inSentence in bySentence.Values)
            {
                if (inSentence.Count > 1)
                {
                    foreach (var key in inSentence)
                    {
                        key.Neighbours = inSentence.FindAll(other => other != key);
                    }
                }
            }

            foreach (var same in sentences.Values)
            {
                if (same.Count > 1)
                {
                    foreach (var key in same)
                    {
                        key.Ambiguous = true;
                        key.Resolved = TellsApart(key, same);
                    }
                }
            }

            foreach (var key in keys)
            {
                // "two other rifles", "64 additional players": a part of a count told elsewhere, not the count. "29 of 34
                // passes": the whole of a part. "110 billion euros ($143 billion)": a conversion at the day's rate.
                if (IsPart(key.Figure.Text) || IsCurrencyConversion(text, key))
                {
                    key.Ambiguous = true;
                    key.Resolved = false;
                }
            }

            return keys;
        }

        // "55 percent in Saudi Arabia, 52 percent in Egypt": a figure whose binding differs from that of every other
        // figure of its unit in the sentence, in a slot it fills, can be told from them.
        private static bool TellsApart(FigureKey key, List<FigureKey> same)
        {
            var mine = key.Binding;
            if (!mine.IsBound)
            {
                return false;
            }

            foreach (var other in same)
            {
                if (other == key)
                {
                    continue;
                }

                var theirs = other.Binding;
                if (!(Fills(mine.Governor, theirs.Governor) || Fills(mine.Place, theirs.Place) || Fills(mine.Of, theirs.Of) || Fills(mine.Head, theirs.Head)))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Fills(string? mine, string? theirs) => mine is not null && !string.Equals(mine, theirs, StringComparison.Ordinal);

        private static bool IsConversion(string text, TextRange before, TextRange after)
        {
            if (after.Start <= before.End || after.Start - before.End > 3 || after.Start > text.Length)
            {
                return false;
            }

            var between = text.Substring(before.End, after.Start - before.End).Trim();
            return between == "(";
        }

        // "110 billion euros ($143 billion)", "85 million euros (74 million pounds)": a currency figure in brackets
        // right after a number gives the other at some day's rate, and outlets convert at different ones.
        private static bool IsCurrencyConversion(string text, FigureKey key) => IsCurrency(key.Unit) && IsConversion(text, key.Figure.Range.Start);

        // "58km (36 miles)", "seven km (4 miles)", "110-billion ($143-billion)": a figure in brackets right after a number
        // and at most two words of its unit restates that number in another unit.
        private static bool IsConversion(string text, int start)
        {
            var i = SkipSpacesBack(text, start);
            if (i == 0 || text[i - 1] != '(')
            {
                return false;
            }

            i = SkipSpacesBack(text, i - 1);
            for (var words = 0; words <= 2; words++)
            {
                if (i > 0 && char.IsDigit(text[i - 1]))
                {
                    return true;
                }

                var word = WordBefore(text, ref i);
                if (word.Length == 0)
                {
                    return false;
                }

                if (FigureBinding.IsNumberWord(word) && word is not ("million" or "billion" or "thousand" or "hundred"))
                {
                    return true;
                }

                while (i > 0 && text[i - 1] is ' ' or '-')
                {
                    i--;
                }
            }

            return false;
        }

        private static bool IsCurrency(string unit) =>
            unit is "usd" or "eur" or "gbp" or "jpy" or "dollar" or "euro" or "pound" or "yen" or "yuan" or "rupee" or "franc";

        private static int SkipSpacesBack(string text, int i)
        {
            while (i > 0 && text[i - 1] == ' ')
            {
                i--;
            }

            return i;
        }

        // The lower-cased word ending at i (empty when none), with i moved to its start.
        private static string WordBefore(string text, ref int i)
        {
            var end = i;
            while (i > 0 && char.IsLetter(text[i - 1]))
            {
                i--;
            }

            return text.Substring(i, end - i).ToLowerInvariant();
        }

        private static bool IsPart(string figureText) =>
            figureText.IndexOf(" other ", StringComparison.OrdinalIgnoreCase) >= 0 || figureText.IndexOf(" additional ", StringComparison.OrdinalIgnoreCase) >= 0;

        public static FigureKey Key(string text, ParsedFigure figure) => Key(text, figure, PersonMentions.None);

        private static FigureKey Key(string text, ParsedFigure figure, PersonMentions people)
        {
            // A conversion is rounded: "58km (36 miles)" and "35 miles" agree.
            if (figure.Qualifier == FigureQualifier.Exact && IsConversion(text, figure.Range.Start))
            {
                figure = figure with { Qualifier = FigureQualifier.Approximately };
            }

            var unit = UnitKey(figure.Unit);
            var statement = Statement.Around(text, figure.Range, unit);
            var binding = FigureBinding.Read(text, figure.Range, statement.SentenceStart, statement.SentenceEnd, figure.Unit, people);

            // "Authorities estimate the damages at $1 million": an estimate is approximate, as "an estimated $1 million" is.
            if (figure.Qualifier == FigureQualifier.Exact && IsEstimate(binding))
            {
                figure = figure with { Qualifier = FigureQualifier.Approximately };
            }

            return new FigureKey(figure, unit, statement, binding);
        }

        private static bool IsEstimate(FigureBinding binding)
        {
            foreach (var word in binding.Clause)
            {
                if (word.StartsWith("estimat", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
