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
            var tokens = TokenListPool.Rent();
            foreach (var paragraph in article.Prose())
            {
                var text = paragraph.Text;
                Tokenizer.TokenizeInto(text, tokens);
                for (var i = 0; i + 1 < tokens.Count; i++)
                {
                    var a = tokens[i];
                    var b = tokens[i + 1];

                    // "the the": two equal words with only spaces between (a comma or full stop makes it deliberate).
                    if (a.IsWord && b.IsWord && Same(a, b) && OnlySpaces(text, a.End, b.Start) && !DoubledOnPurpose.Contains(a.Text))
                    {
                        Report(findings, paragraph, text, a.Start, b.End, $"'{a.Text}' is repeated: '{text.Substring(a.Start, b.End - a.Start)}'; delete one");
                        i++;
                        continue;
                    }

                    // "of the of the": a two-word phrase twice in a row.
                    if (i + 3 < tokens.Count && a.IsWord && b.IsWord && Same(a, tokens[i + 2]) && Same(b, tokens[i + 3])
                        && !Same(a, b) && OnlySpaces(text, a.End, tokens[i + 3].Start))
                    {
                        Report(findings, paragraph, text, a.Start, tokens[i + 3].End, $"The phrase '{text.Substring(a.Start, b.End - a.Start)}' is repeated; delete one");
                        i += 3;
                        continue;
                    }

                    // "demarcation and demarcation"
                    if (i + 2 < tokens.Count && a.IsWord && b.Is("and") && Same(a, tokens[i + 2]) && a.Length >= 3
                        && !PairedOnPurpose.Contains(a.Text) && !IsComparative(a.Text) && OnlySpaces(text, a.End, tokens[i + 2].Start))
                    {
                        Report(findings, paragraph, text, a.Start, tokens[i + 2].End, $"'{a.Text} and {tokens[i + 2].Text}' repeats a word; a different word was probably meant");
                        i += 2;
                    }
                }
            }

            TokenListPool.Return(tokens);
        }

        private void Report(List<Finding> findings, ParsedParagraph paragraph, string text, int start, int end, string message) =>
            findings.Add(new Finding(Id, paragraph.ToSource(start, end - start), message));

        private static bool Same(Token a, Token b) => a.IsWord && b.IsWord && string.Equals(a.Text, b.Text, StringComparison.OrdinalIgnoreCase);

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
