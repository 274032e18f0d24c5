using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ContentGen.Text.Model;
using ContentGen.Text.Tokens;

namespace ContentGen.Text.Extraction
{
    /// <summary>
    /// Finds figures: a number (digits, digit groups, decimals, number words, "a dozen") with a multiplier,
    /// what it counts, and its qualifier — "some 2,000 peacekeepers" is 2000 / "peacekeepers" / approximately.
    /// Years, dates, ordinals and numbers inside identifiers ("COVID-19", "G7") are not figures.
    /// </summary>
    internal static class FigureExtractor
    {
        // The number words (NumberWords), and "hundred" and "dozen" standing alone: "a hundred", "two dozen".
        private static readonly Dictionary<string, decimal> Words = CountingWords();

        private static Dictionary<string, decimal> CountingWords()
        {
            var words = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase) { ["hundred"] = 100, ["dozen"] = 12 };
            foreach (var pair in NumberWords.Cardinals)
            {
                words[pair.Key] = pair.Value;
            }

            return words;
        }

        private static readonly Dictionary<string, decimal> Multipliers = new(StringComparer.OrdinalIgnoreCase)
        {
            ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["trillion"] = 1_000_000_000_000,
        };

        // "one" is a pronoun far more often than a count; it counts only time and people: "one year".
        private static readonly HashSet<string> OneUnits = new(StringComparer.OrdinalIgnoreCase)
        {
            "year", "day", "week", "month", "hour", "minute", "decade", "century", "person", "child", "man", "woman",
        };

        private static readonly HashSet<string> NotUnits = new(StringComparer.OrdinalIgnoreCase)
        {
            "of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from", "is", "are", "was",
            "were", "has", "had", "have", "be", "been", "that", "this", "which", "who", "would", "will", "as", "than",
            "per", "each", "other", "another", "more", "less", "after", "before", "into", "its", "it", "they", "were",
            "sides", "side", "but", "not", "also", "all", "if", "when", "while", "did", "do", "does", "can", "could",
            "p", "m", "am", "pm", // clock times: "6 p.m."
        };

        private static readonly HashSet<string> YearPrepositions = new(StringComparer.OrdinalIgnoreCase)
        {
            "in", "since", "of", "by", "until", "till", "from", "to", "during", "before", "after", "early", "late", "mid", "through",
        };

        public static List<ParsedFigure> Extract(IReadOnlyList<ParsedParagraph> paragraphs) =>
            Extract(paragraphs, paragraphs.Select(p => Tokenizer.Tokenize(p.Text)).ToList(), paragraphs.Select(p => DateFinder.Find(p.Text)).ToList());

        /// <summary>Finds the figures of an article whose paragraphs are already tokenized, with each paragraph's dates (paragraph offsets).</summary>
        public static List<ParsedFigure> Extract(IReadOnlyList<ParsedParagraph> paragraphs, IReadOnlyList<List<Token>> tokenized, IReadOnlyList<List<StatedDate>> datesPerParagraph)
        {
            var figures = new List<ParsedFigure>();
            for (var p = 0; p < paragraphs.Count; p++)
            {
                var paragraph = paragraphs[p];
                var text = paragraph.Text;
                var dates = datesPerParagraph[p];
                var tokens = tokenized[p];
                var d = 0;
                for (var i = 0; i < tokens.Count; i++)
                {
                    // Tokens and dates both run forward, so one cursor finds the date a token may sit in.
                    while (d < dates.Count && dates[d].Range.End <= tokens[i].Start)
                    {
                        d++;
                    }

                    if (d < dates.Count && tokens[i].Start >= dates[d].Range.Start)
                    {
                        continue;
                    }

                    if (TryRead(text, tokens, i, out var figure, out var next))
                    {
                        figures.Add(figure with { Paragraph = p, Range = paragraph.ToSource(figure.Range.Start, figure.Range.Length) });
                        i = next - 1;
                    }
                }
            }

            return figures;
        }

        private static bool TryRead(string text, List<Token> tokens, int i, out ParsedFigure figure, out int next)
        {
            figure = null!;
            next = i + 1;
            var token = tokens[i];
            decimal value;
            var isWord = false;
            var fractionEnd = i + 1;
            if (token.Kind == TokenKind.Number)
            {
                // "4½ months", "4 1/2 months", "2-1/2 years": a whole number and a fraction are one value.
                var fraction = Fraction(text, tokens, i, out fractionEnd);
                if (AttachedBefore(text, token) || (fraction == 0 && (AttachedOrdinal(text, tokens, i) || PartOfLargerNumber(text, token))) || IsRatio(tokens, i))
                {
                    return false;
                }

                var digits = token.Text.Replace(",", string.Empty);
                if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
                {
                    return false;
                }

                if (fraction == 0 && IsYear(token, tokens, i, value))
                {
                    return false;
                }

                if (fraction < 0)
                {
                    return false;
                }

                value += fraction;
            }
            else if (token.IsWord && TryNumberWord(tokens, i, out value, out var consumed))
            {
                isWord = true;
                if (consumed == 2)
                {
                    // "a dozen": the figure starts at "a".
                    token = tokens[i];
                }

                next = i + consumed;
            }
            else
            {
                return false;
            }

            var start = token.Start;
            var firstIndex = i;
            var j = isWord ? next : fractionEnd;
            string? unit = null;

            // Currency written before the number.
            if (!isWord && i > 0 && tokens[i - 1].Kind == TokenKind.Punctuation && tokens[i - 1].End == token.Start)
            {
                unit = tokens[i - 1].Text switch { "$" => "USD", "€" => "EUR", "£" => "GBP", "¥" => "JPY", _ => null };
                if (unit is not null)
                {
                    start = tokens[i - 1].Start;
                    firstIndex = i - 1;
                }
            }

            // "$143-billion": a multiplier may follow a hyphen too.
            if (j + 1 < tokens.Count && tokens[j].Text == "-" && tokens[j].Start == tokens[j - 1].End && tokens[j + 1].IsWord && Multipliers.ContainsKey(tokens[j + 1].Text))
            {
                j++;
            }

            if (j < tokens.Count && tokens[j].IsWord && Multipliers.TryGetValue(tokens[j].Text, out var multiplier))
            {
                value *= multiplier;
                j++;
            }

            if (j < tokens.Count && (tokens[j].Text == "%" || tokens[j].Is("percent")))
            {
                unit = "percent";
                j++;
            }
            else if (j + 1 < tokens.Count && tokens[j].Is("per") && tokens[j + 1].Is("cent"))
            {
                unit = "percent";
                j += 2;
            }
            else if (unit is null)
            {
                // "44-day": the unit follows a hyphen.
                if (j + 1 < tokens.Count && tokens[j].Text == "-" && tokens[j].Start == tokens[j - 1].End && tokens[j + 1].IsWord)
                {
                    j++;
                }

                // One capitalised adjective may stand between: "2,000 Russian peacekeepers"; so may "other" and
                // "additional": "beating 64 other players".
                var k = j;
                if (k + 1 < tokens.Count && (tokens[k].Is("other") || tokens[k].Is("additional")) && tokens[k + 1].IsWord)
                {
                    k++;
                }

                if (k + 1 < tokens.Count && tokens[k].IsCapitalized && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized)
                {
                    k++;
                }

                if (k < tokens.Count && tokens[k].IsWord && IsLower(tokens[k].Text) && !NotUnits.Contains(tokens[k].Text)
                    && !Multipliers.ContainsKey(tokens[k].Text) && !Words.ContainsKey(tokens[k].Text))
                {
                    // "two evening sailings", "60 seasonal workers": a singular word before a plural one is its adjective.
                    if (value != 1 && !IsPlural(tokens[k].Text) && k + 1 < tokens.Count && tokens[k + 1].IsWord
                        && IsLower(tokens[k + 1].Text) && IsPlural(tokens[k + 1].Text) && !NotUnits.Contains(tokens[k + 1].Text))
                    {
                        k++;
                    }

                    unit = tokens[k].Text.ToLowerInvariant();
                    j = k + 1;
                }
            }

            if (unit is null || (isWord && value == 1 && !OneUnits.Contains(unit)))
            {
                return false;
            }

            var qualifier = Qualifier(tokens, firstIndex, out var qualifierStart);
            if (qualifierStart >= 0)
            {
                start = qualifierStart;
            }

            var end = tokens[j - 1].End;
            figure = new ParsedFigure(value, unit, text.Substring(start, end - start), qualifier, 0, TextRange.FromBounds(start, end));
            next = j;
            return true;
        }

        private static bool TryNumberWord(List<Token> tokens, int i, out decimal value, out int consumed)
        {
            value = 0;
            consumed = 1;
            var text = tokens[i].Text;
            if (tokens[i].Is("a") && i + 1 < tokens.Count && (tokens[i + 1].Is("dozen") || tokens[i + 1].Is("hundred")))
            {
                value = tokens[i + 1].Is("dozen") ? 12 : 100;
                consumed = 2;
                return true;
            }

            // Every word of the text comes here; most cannot be a number word, and the case-insensitive look-ups
            // below are the costliest part of this extractor.
            if (!MayBeNumberWord(text))
            {
                return false;
            }

            // "twenty-five"
            var hyphen = text.IndexOf('-');
            if (hyphen > 0 && Words.TryGetValue(text.Substring(0, hyphen), out var tens) && tens >= 20 && tens < 100
                && Words.TryGetValue(text.Substring(hyphen + 1), out var ones) && ones < 10)
            {
                value = tens + ones;
                return true;
            }

            if (!Words.TryGetValue(text, out value) || (i > 0 && tokens[i - 1].Is("a") && !tokens[i].Is("dozen")))
            {
                return false;
            }

            // "the next hundred years", "the hundred days": a round number after "the" or "next" is a time span
            // spoken of, not a count anyone reported.
            if (value == 100 && i > 0 && (tokens[i - 1].Is("the") || tokens[i - 1].Is("next")))
            {
                return false;
            }

            // "two dozen"
            if (i + 1 < tokens.Count && tokens[i + 1].Is("dozen") && value < 100)
            {
                value *= 12;
                consumed = 2;
            }

            return !tokens[i].Is("dozen") || consumed == 2;
        }

        // A word can be a number word only if its first letter, last letter and length are those of one: "the" and
        // "town" start like "three" and "ten" but fit no number word, so almost no word reaches the look-ups.
        private static bool MayBeNumberWord(string text) =>
            text.Length >= 3 && text.Length <= 13 && NumberWordShapes.Contains(Shape(text[0], text[text.Length - 1], text.Length));

        // Every number word, and every hyphenated tens-and-ones word ("twenty-five"), as a shape.
        private static readonly HashSet<int> NumberWordShapes = NumberWordShapesOf(Words);

        private static HashSet<int> NumberWordShapesOf(Dictionary<string, decimal> words)
        {
            var shapes = new HashSet<int>();
            foreach (var word in words.Keys)
            {
                shapes.Add(Shape(word[0], word[word.Length - 1], word.Length));
                if (words[word] >= 20 && words[word] < 100)
                {
                    foreach (var ones in words.Where(w => w.Value < 10))
                    {
                        shapes.Add(Shape(word[0], ones.Key[ones.Key.Length - 1], word.Length + 1 + ones.Key.Length));
                    }
                }
            }

            return shapes;
        }

        // Letters lower-cased; anything beyond ASCII gets a shape no number word has.
        private static int Shape(char first, char last, int length) =>
            first > 0x7F || last > 0x7F ? -1 : ((first | 0x20) << 16) | ((last | 0x20) << 8) | length;

        private static string Qualifier(List<Token> tokens, int i, out int qualifierStart)
        {
            qualifierStart = -1;
            string Word(int k) => k >= 0 && k < tokens.Count && tokens[k].IsWord ? tokens[k].Text.ToLowerInvariant() : string.Empty;
            var one = Word(i - 1);
            var two = Word(i - 2) + " " + one;
            var three = Word(i - 3) + " " + two;
            switch (three)
            {
                case "no more than": qualifierStart = tokens[i - 3].Start; return FigureQualifier.UpTo;
                case "as many as": qualifierStart = tokens[i - 3].Start; return FigureQualifier.UpTo;
            }

            switch (two)
            {
                case "at least": qualifierStart = tokens[i - 2].Start; return FigureQualifier.AtLeast;
                case "more than": qualifierStart = tokens[i - 2].Start; return FigureQualifier.MoreThan;
                case "up to": qualifierStart = tokens[i - 2].Start; return FigureQualifier.UpTo;
                case "at most": qualifierStart = tokens[i - 2].Start; return FigureQualifier.UpTo;
                case "fewer than": qualifierStart = tokens[i - 2].Start; return FigureQualifier.FewerThan;
                case "less than": qualifierStart = tokens[i - 2].Start; return FigureQualifier.FewerThan;
                case "an estimated": qualifierStart = tokens[i - 2].Start; return FigureQualifier.Approximately;
            }

            switch (one)
            {
                case "some":
                case "about":
                case "around":
                case "nearly":
                case "almost":
                case "approximately":
                case "roughly":
                case "circa":
                case "estimated":
                    qualifierStart = tokens[i - 1].Start;
                    return FigureQualifier.Approximately;
                case "over":
                    qualifierStart = tokens[i - 1].Start;
                    return FigureQualifier.MoreThan;
                case "under":
                    qualifierStart = tokens[i - 1].Start;
                    return FigureQualifier.FewerThan;
            }

            return FigureQualifier.Exact;
        }

        // "4½", "4 1/2", "2-1/2": the fraction after a whole number (0 when none follows), and the token after it. A
        // character the source could not encode ("4\uFFFD months", a lost "½") leaves the value unknown: -1.
        private static decimal Fraction(string text, List<Token> tokens, int i, out int end)
        {
            end = i + 1;
            if (end >= tokens.Count || (tokens[end].Start != tokens[i].End && tokens[end].Start != tokens[i].End + 1))
            {
                return 0;
            }

            var next = tokens[end];
            if (next.Start == tokens[i].End && next.Kind == TokenKind.Punctuation && next.Length == 1)
            {
                var glyph = next.Text[0] switch { '\u00BD' => 0.5m, '\u00BC' => 0.25m, '\u00BE' => 0.75m, '\u2153' => 1m / 3, '\u2154' => 2m / 3, '\uFFFD' => -1m, _ => 0m };
                if (glyph != 0)
                {
                    end++;
                    return glyph;
                }
            }

            // "4 1/2" or "2-1/2": numerator, slash and denominator right after a space or hyphen.
            var separator = text[tokens[i].End];
            if (separator == '-' && next.Text == "-" && end + 1 < tokens.Count)
            {
                next = tokens[++end];
            }

            if ((separator != ' ' && separator != '-') || next.Kind != TokenKind.Number || next.Start != tokens[i].End + 1 || end + 2 >= tokens.Count
                || tokens[end + 1].Text != "/" || tokens[end + 1].Start != next.End || tokens[end + 2].Kind != TokenKind.Number || tokens[end + 2].Start != next.End + 1
                || !int.TryParse(next.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var numerator)
                || !int.TryParse(tokens[end + 2].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var denominator)
                || denominator is not (2 or 3 or 4 or 8) || numerator <= 0 || numerator >= denominator)
            {
                end = i + 1;
                return 0;
            }

            end += 3;
            return (decimal)numerator / denominator;
        }

        // "29-of-34 passes": a part and its whole, neither of them a count on its own.
        private static bool IsRatio(List<Token> tokens, int i) =>
            i + 2 < tokens.Count && tokens[i + 1].Text == "-" && tokens[i + 1].Start == tokens[i].End && tokens[i + 2].Text.StartsWith("of-", StringComparison.OrdinalIgnoreCase);

        // "COVID-19", "G7", "F-16": a number glued to a word before it is part of a name.
        private static bool AttachedBefore(string text, Token token) =>
            token.Start > 0 && (char.IsLetter(text[token.Start - 1]) || (text[token.Start - 1] == '-' && token.Start > 1 && char.IsLetter(text[token.Start - 2])));

        // A piece of something that is not a count: a clock time ("8:33"), a score or range ("6-4", "2004-05"), a
        // ratio ("29/34"), or a number the source split with a space ("6. 1", "1, 500").
        private static bool PartOfLargerNumber(string text, Token token)
        {
            var s = token.Start;
            if (s >= 2 && char.IsDigit(text[s - 2]) && text[s - 1] is ':' or '-' or '/' or '.' or '–')
            {
                return true;
            }

            if (s >= 3 && text[s - 1] == ' ' && char.IsDigit(text[s - 3]) && (text[s - 2] == '.' || (text[s - 2] == ',' && token.Length == 3)))
            {
                return true;
            }

            var e = token.End;
            return e + 1 < text.Length && text[e] is ':' or '-' or '/' or '–' && char.IsDigit(text[e + 1])
                || (e + 2 < text.Length && text[e] is '.' or ',' && text[e + 1] == ' ' && char.IsDigit(text[e + 2])
                    && (text[e] == '.' || (e + 5 <= text.Length && IsThreeDigits(text, e + 2))));
        }

        private static bool IsThreeDigits(string text, int at) =>
            char.IsDigit(text[at]) && char.IsDigit(text[at + 1]) && char.IsDigit(text[at + 2]) && (at + 3 == text.Length || !char.IsDigit(text[at + 3]));

        // "2nd", "19th", "5G": a number glued to letters after it.
        private static bool AttachedOrdinal(string text, List<Token> tokens, int i) =>
            i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Start == tokens[i].End;

        private static bool IsYear(Token token, List<Token> tokens, int i, decimal value)
        {
            if (token.Text.Length != 4 || value < 1000 || value > 2199)
            {
                return false;
            }

            if (i > 0 && tokens[i - 1].IsWord && YearPrepositions.Contains(tokens[i - 1].Text))
            {
                return true;
            }

            // "2,000 peacekeepers" has a comma; "2000 peacekeepers" counts a plural noun; "the 2020 deal" is a year.
            return !(i + 1 < tokens.Count && tokens[i + 1].IsWord && IsLower(tokens[i + 1].Text) && tokens[i + 1].Text.EndsWith("s", StringComparison.Ordinal));
        }

        private static bool IsPlural(string word) =>
            word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal);

        private static bool IsLower(string word) => word.Length > 0 && char.IsLower(word[0]);
    }
}
