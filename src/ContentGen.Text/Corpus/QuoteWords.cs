using System;
using System.Collections.Generic;
using System.Text;
using ContentGen.Text.Tokens;

namespace ContentGen.Text.Corpus
{
    /// <summary>
    /// A quote's words as two reports of one quotation are compared: the forms an editor may write either way folded
    /// to one. Case, punctuation and an editor's insertion in brackets go; hyphenated words split ("eleventh-hour");
    /// contractions open ("didn't" → "did not", "he's" → "he s"); number words, ordinals and clock times become
    /// digits ("twelfth" / "12th" → "12", "6:15pm EST" → "18:15"); "an" is "a"; British spellings fold to American
    /// ("neighbourhood"); a web address's suffix goes ("Ferrytix.com"); initials join ("U.S." → "us"); and every
    /// word is folded by name skeleton (which also folds doubled letters), so "Pashinyan"/"Pashinian" are one word.
    /// A sentence end inside the quote is kept as <see cref="SentenceEnd"/>: where two reports end one sentence
    /// differently, it anchors the difference (the quote's own end needs no mark).
    /// </summary>
    internal static class QuoteWords
    {
        /// <summary>The word that stands for a sentence end inside a quote.</summary>
        public const string SentenceEnd = ".";

        public static string[] Of(string text)
        {
            var words = new List<string>();
            var source = WithoutInsertions(text);
            var tokens = Tokenizer.Tokenize(source);
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (token.Kind == TokenKind.Number)
                {
                    i = AddNumber(source, tokens, i, words);
                }
                else if (token.IsWord)
                {
                    i = AddWord(source, tokens, i, words);
                }
                else if (IsSentenceEnd(source, tokens, i) && words.Count > 0 && words[words.Count - 1] != SentenceEnd)
                {
                    words.Add(SentenceEnd);
                }
            }

            // The quote's own end is where both reports stop quoting, not a sentence end to align.
            while (words.Count > 0 && words[words.Count - 1] == SentenceEnd)
            {
                words.RemoveAt(words.Count - 1);
            }

            return words.ToArray();
        }

        private static int AddNumber(string text, List<Token> tokens, int i, List<string> words)
        {
            var number = tokens[i];

            // A clock time, "6:15pm", "6:15 p.m. EST", "18:15": one word, on the 24-hour clock, without its zone.
            if (Adjacent(tokens, i, ":") && i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.Number && tokens[i + 2].Length == 2
                && tokens[i + 2].Start == tokens[i + 1].End && int.TryParse(number.Text, out var hours) && hours <= 24)
            {
                var next = i + 3;
                var half = next < tokens.Count && tokens[next].IsWord ? tokens[next].Text.ToLowerInvariant() : null;
                if (half is "am" or "pm")
                {
                    next++;
                }
                else if (half is "a" or "p" && next + 2 < tokens.Count && tokens[next + 1].Text == "." && tokens[next + 2].Text is "m" or "M")
                {
                    next += next + 3 < tokens.Count && tokens[next + 3].Text == "." ? 4 : 3;
                }
                else
                {
                    half = null;
                }

                if (half is not null && half.StartsWith("p", StringComparison.Ordinal) && hours < 12)
                {
                    hours += 12;
                }
                else if (half is not null && half.StartsWith("a", StringComparison.Ordinal) && hours == 12)
                {
                    hours = 0;
                }

                words.Add(hours.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + tokens[i + 2].Text);
                if (next < tokens.Count && tokens[next].IsWord && TimeZones.Contains(tokens[next].Text))
                {
                    next++;
                }

                return next - 1;
            }

            words.Add(number.Text.Replace(",", string.Empty));

            // An ordinal's suffix: "11th" is "11", as "eleventh" is.
            if (i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Start == number.End
                && tokens[i + 1].Text.ToLowerInvariant() is "st" or "nd" or "rd" or "th")
            {
                return i + 1;
            }

            return i;
        }

        private static int AddWord(string text, List<Token> tokens, int i, List<string> words)
        {
            var token = tokens[i];

            // Initials: "U.S." is "US" (and, as initials, matches "United States").
            if (token.Length == 1 && Adjacent(tokens, i, ".") && i + 2 < tokens.Count && tokens[i + 2].IsWord && tokens[i + 2].Length == 1
                && tokens[i + 2].Start == tokens[i + 1].End)
            {
                var letters = new StringBuilder();
                var j = i;
                while (j < tokens.Count && tokens[j].IsWord && tokens[j].Length == 1 && Adjacent(tokens, j, "."))
                {
                    letters.Append(char.ToLowerInvariant(tokens[j].Text[0]));
                    j += 2;
                    if (j >= tokens.Count || tokens[j].Start != tokens[j - 1].End)
                    {
                        break;
                    }
                }

                words.Add(letters.ToString());
                return j - 1;
            }

            foreach (var part in token.Text.Replace('\u2019', '\'').Split('-'))
            {
                if (part.Length > 0)
                {
                    AddPart(part.ToLowerInvariant(), words);
                }
            }

            // A web address's suffix: "Ferrytix.com" is "Ferrytix".
            if (Adjacent(tokens, i, ".") && i + 2 < tokens.Count && tokens[i + 2].IsWord && tokens[i + 2].Start == tokens[i + 1].End
                && WebSuffixes.Contains(tokens[i + 2].Text))
            {
                return i + 2;
            }

            return i;
        }

        private static void AddPart(string part, List<string> words)
        {
            var apostrophe = part.IndexOf('\'');
            if (apostrophe > 0)
            {
                var clitic = part.Substring(apostrophe + 1);
                var stem = part.Substring(0, apostrophe);
                if (clitic == "t" && stem.EndsWith("n", StringComparison.Ordinal) && stem.Length > 1)
                {
                    // "didn't" → "did not"; "can't", "won't", "shan't" keep their verb.
                    stem = stem.Substring(0, stem.Length - 1);
                    words.Add(Fold(stem switch { "ca" => "can", "wo" => "will", "sha" => "shall", _ => stem }));
                    words.Add("not");
                    return;
                }

                if (clitic is "s" or "re" or "ve" or "ll" or "d" or "m")
                {
                    words.Add(Fold(stem));
                    words.Add(clitic);
                    return;
                }
            }

            if (Digits.TryGetValue(part, out var digits))
            {
                words.Add(digits);
                return;
            }

            words.Add(Fold(part == "an" ? "a" : part));
        }

        private static string Fold(string word) => NameSkeleton.Of(AmericanSpelling(word));

        private static string AmericanSpelling(string word) => word
            .Replace("our", "or")
            .Replace("isation", "ization")
            .Replace("ise", "ize")
            .Replace("yse", "yze")
            .Replace("ogue", "og")
            .Replace("ence", "ense");

        private static bool Adjacent(List<Token> tokens, int i, string punctuation) =>
            i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End && tokens[i + 1].Text == punctuation;

        // A full stop, question or exclamation mark followed by the quote's end or a new sentence; not an ellipsis,
        // nor the stop of an abbreviation ("Mr. Smith").
        private static bool IsSentenceEnd(string text, List<Token> tokens, int i)
        {
            var mark = tokens[i].Text;
            if (mark is not ("." or "!" or "?"))
            {
                return false;
            }

            if ((i > 0 && tokens[i - 1].Text is "." or "\u2026" && tokens[i - 1].End == tokens[i].Start)
                || (i + 1 < tokens.Count && tokens[i + 1].Text is "." or "\u2026" && tokens[i + 1].Start == tokens[i].End))
            {
                return false;
            }

            if (mark == "." && i > 0 && tokens[i - 1].IsWord && (tokens[i - 1].Length == 1 || Lexicon.Titles.Contains(tokens[i - 1].Text)))
            {
                return false;
            }

            var next = tokens[i].End;
            while (next < text.Length && (char.IsWhiteSpace(text[next]) || text[next] is '"' or '\u201D' or '\u201C' or '\''))
            {
                next++;
            }

            return next >= text.Length || char.IsUpper(text[next]);
        }

        private static string WithoutInsertions(string text)
        {
            if (text.IndexOf('(') < 0 && text.IndexOf('[') < 0)
            {
                return text;
            }

            var kept = new StringBuilder(text.Length);
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

        private static readonly HashSet<string> TimeZones = new(StringComparer.Ordinal)
        {
            "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
            "AEST", "AEDT", "IST", "JST", "MSK",
        };

        private static readonly HashSet<string> WebSuffixes = new(StringComparer.Ordinal) { "com", "org", "net", "gov", "edu" };

        // Number words and ordinals, as digits: "eleventh-hour" and "11th hour" are one phrase.
        private static readonly Dictionary<string, string> Digits = Numbers();

        private static Dictionary<string, string> Numbers()
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal) { ["zero"] = "0", ["zeroth"] = "0" };
            foreach (var words in new[] { Tokens.NumberWords.Cardinals, Tokens.NumberWords.Ordinals })
            {
                foreach (var pair in words)
                {
                    map[pair.Key] = pair.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            return map;
        }
    }
}
