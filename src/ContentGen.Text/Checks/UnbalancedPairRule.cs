using System.Collections.Generic;
using ContentGen.Text.Extraction;
using ContentGen.Text.Model;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG1003: unbalanced double quotation marks or brackets in a paragraph. Follows news style: a quotation
    /// continued into the next paragraph is left open and reopened there, closing only at its end. Single
    /// quotes are apostrophes as often as not ("Armenia's", "'Normal Life'"), so they are not checked.
    /// </summary>
    public sealed class UnbalancedPairRule : IArticleRule
    {
        private static readonly char[] Brackets = { '(', ')', '[', ']', '{', '}' };

        public string Id => RuleIds.UnbalancedPair;

        public void Check(ArticleText article, List<Finding> findings)
        {
            var paragraphs = article.Prose();
            for (var p = 0; p < paragraphs.Count; p++)
            {
                var paragraph = paragraphs[p];
                var text = paragraph.Text;
                var spans = QuoteSpans.Find(text, out var strays);
                foreach (var stray in strays)
                {
                    findings.Add(new Finding(Id, paragraph.ToSource(stray, 1), $"Closing quotation mark {Describe(text[stray])} has no opening one in this paragraph; add the opening mark or delete this one"));
                }

                for (var s = 0; s < spans.Count; s++)
                {
                    var span = spans[s];
                    var isLast = s == spans.Count - 1;
                    var continues = isLast && p + 1 < paragraphs.Count && StartsWithOpeningQuote(paragraphs[p + 1].Text);
                    if (!span.IsClosed && !continues)
                    {
                        findings.Add(new Finding(Id, paragraph.ToSource(span.Open, 1), $"Quotation opened here is never closed; add the closing mark {Describe(text[span.Open] == QuoteSpans.StraightQuote ? QuoteSpans.StraightQuote : QuoteSpans.CloseQuote)}"));
                    }
                }

                CheckBrackets(paragraph, findings);
            }
        }

        private void CheckBrackets(ParsedParagraph paragraph, List<Finding> findings)
        {
            var text = paragraph.Text;
            Stack<int>? open = null; // most paragraphs have no brackets at all

            // Jump from bracket to bracket (a vectorized search: they are all ASCII).
            for (var i = text.IndexOfAny(Brackets); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(Brackets, i + 1) : -1)
            {
                var c = text[i];
                if (c is '(' or '[' or '{')
                {
                    (open ??= new Stack<int>()).Push(i);
                }
                else if (c is ')' or ']' or '}')
                {
                    if (open is { Count: > 0 } && Matches(text[open.Peek()], c))
                    {
                        open.Pop();
                    }
                    else if (!IsListMarker(text, i))
                    {
                        findings.Add(new Finding(Id, paragraph.ToSource(i, 1), $"Closing bracket '{c}' has no matching opening bracket; add it or delete this one"));
                    }
                }
            }

            if (open is null)
            {
                return;
            }

            foreach (var i in open)
            {
                findings.Add(new Finding(Id, paragraph.ToSource(i, 1), $"Bracket '{text[i]}' is never closed; add the closing bracket"));
            }
        }

        private static bool Matches(char open, char close) => (open, close) is ('(', ')') or ('[', ']') or ('{', '}');

        // "1) first point", "a) first point": a list marker at the start of a paragraph.
        private static bool IsListMarker(string text, int i) =>
            i > 0 && i <= 3 && char.IsLetterOrDigit(text[i - 1]) && text.Substring(0, i).Trim().Length <= 2;

        private static bool StartsWithOpeningQuote(string text)
        {
            var trimmed = text.TrimStart();
            return trimmed.Length > 0 && (trimmed[0] == QuoteSpans.StraightQuote || trimmed[0] == QuoteSpans.OpenQuote || trimmed[0] == QuoteSpans.LowOpenQuote);
        }

        private static string Describe(char c) => c switch
        {
            '\u201C' => "“",
            '\u201D' => "”",
            '\u201E' => "„",
            _ => "\"",
        };
    }
}
