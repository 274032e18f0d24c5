using System;
using System.Collections.Generic;
using ContentGen.Text.Extraction;
using ContentGen.Text.Model;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG1002: a word or phrase repeated by mistake — "the the", "of the of the", "demarcation and demarcation".
    /// Leaves alone what English repeats on purpose: "had had", "that that", "again and again", "more and more",
    /// comparatives ("bigger and bigger"), and "step by step"-style pairs (only "X and X" is checked).
    /// </summary>
    public sealed class RepeatedWordRule : IArticleRule
    {
        private static readonly HashSet<string> DoubledOnPurpose = new(StringComparer.OrdinalIgnoreCase)
        {
            "had", "that", "is", "do", "bye", "no", "yes", "ha", "tut", "knock", "chop", "so", "very", "really", "far",
            "many", "now", "there", "well", "hush", "pooh", "night", "tsk", "blah", "bla", "ho", "hey", "boo", "go", "dum",
        };

        private static readonly HashSet<string> PairedOnPurpose = new(StringComparer.OrdinalIgnoreCase)
        {
            "again", "more", "less", "over", "round", "on", "through", "up", "down", "out", "in", "around", "ever",
            "miles", "years", "hours", "days", "weeks", "months", "time", "round", "by", "back", "forth", "off", "wait",
        };

        public string Id => RuleIds.RepeatedWord;

        public void Check(ArticleText article, List<Finding> findings)
        {
            // Tokens without their strings: the rule compares spans of the paragraph, and takes a word's string only
            // for the rare candidate.
            var tokens = TokenListPool.Rent();
            foreach (var paragraph in article.Prose())
            {
                var text = paragraph.Text;
                Tokenizer.TokenizeInto(text, tokens, withText: false);
                for (var i = 0; i + 1 < tokens.Count; i++)
                {
                    var a = tokens[i];
                    var b = tokens[i + 1];

                    // "the the": two equal words with only spaces between (a comma or full stop makes it deliberate).
                    if (Same(text, a, b) && OnlySpaces(text, a.End, b.Start) && !DoubledOnPurpose.Contains(Word(text, a)))
                    {
                        Report(findings, paragraph, text, a.Start, b.End, $"'{Word(text, a)}' is repeated: '{text.Substring(a.Start, b.End - a.Start)}'; delete one");
                        i++;
                        continue;
                    }

                    // "of the of the": a two-word phrase twice in a row.
                    if (i + 3 < tokens.Count && Same(text, a, tokens[i + 2]) && Same(text, b, tokens[i + 3])
                        && !Same(text, a, b) && OnlySpaces(text, a.End, tokens[i + 3].Start))
                    {
                        Report(findings, paragraph, text, a.Start, tokens[i + 3].End, $"The phrase '{text.Substring(a.Start, b.End - a.Start)}' is repeated; delete one");
                        i += 3;
                        continue;
                    }

                    // "demarcation and demarcation"
                    if (i + 2 < tokens.Count && a.IsWord && IsAnd(text, b) && Same(text, a, tokens[i + 2]) && a.Length >= 3
                        && !PairedOnPurpose.Contains(Word(text, a)) && !IsComparative(Word(text, a)) && OnlySpaces(text, a.End, tokens[i + 2].Start))
                    {
                        Report(findings, paragraph, text, a.Start, tokens[i + 2].End, $"'{Word(text, a)} and {Word(text, tokens[i + 2])}' repeats a word; a different word was probably meant");
                        i += 2;
                    }
                }
            }

            TokenListPool.Return(tokens);
        }

        private void Report(List<Finding> findings, ParsedParagraph paragraph, string text, int start, int end, string message) =>
            findings.Add(new Finding(Id, paragraph.ToSource(start, end - start), message));

        private static string Word(string text, Token token) => text.Substring(token.Start, token.Length);

        private static bool Same(string text, Token a, Token b) =>
            a.IsWord && b.IsWord && a.Length == b.Length && string.Compare(text, a.Start, text, b.Start, a.Length, StringComparison.OrdinalIgnoreCase) == 0;

        private static bool IsAnd(string text, Token token) =>
            token.Length == 3 && string.Compare(text, token.Start, "and", 0, 3, StringComparison.OrdinalIgnoreCase) == 0;

        // "bigger and bigger", "faster and faster"
        private static bool IsComparative(string word) => word.Length > 4 && word.EndsWith("er", StringComparison.OrdinalIgnoreCase);

        private static bool OnlySpaces(string text, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (!char.IsWhiteSpace(text[i]) && !IsWordCharacter(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        // Between "the" and "the" only spaces may stand; between the words of a phrase, the tokens themselves.
        private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-';
    }
}
