using System.Collections.Generic;
using ContentGen.Text.Corpus;
using ContentGen.Text.Extraction;
using ContentGen.Text.Model;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG1003: unbalanced double quotation marks or brackets in a paragraph. Follows news style: a quotation
    /// continued into the next paragraph is left open and reopened there, closing only at its end — also inside one
    /// line where a source joined the paragraphs ("... said the mayor. "We will ..."); text with one sentence per line
    /// may close a quotation a few lines later. Inch marks (6'2"), marks whose glyph points the wrong way, German
    /// „…“ and list markers ("a)", "2)") are read as such (see <see cref="QuoteSpans"/>). Single quotes are
    /// apostrophes as often as not ("Armenia's", "'Normal Life'"), so they are not checked.
    /// </summary>
    internal sealed class UnbalancedPairRule : IArticleRule
    {
        private static readonly char[] Brackets = { '(', ')', '[', ']', '{', '}' };

        public static RuleInfo Metadata { get; } = new(RuleIds.UnbalancedPair, "Unbalanced quotation marks or brackets", RuleCategory.Content);

        public RuleInfo Info => Metadata;

        // How many lines on a quotation opened in one-sentence-per-line text may close.
        private const int MaxLinesToClose = 5;

        public void Check(ArticleText article, List<Finding> findings)
        {
            var paragraphs = article.Prose();

            // A quotation left open at the end of a paragraph, waiting for a closing mark in the next few (text with
            // one sentence per line closes it lines later) or an opening one that continues it (news convention).
            (int Paragraph, int Open)? pending = null;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                var paragraph = paragraphs[p];
                var text = paragraph.Text;
                var spans = QuoteSpans.Find(text, out var strays);
                var firstOpen = spans.Count > 0 ? spans[0].Open : int.MaxValue;
                if (pending is { } waiting)
                {
                    if (StartsWithOpeningQuote(text))
                    {
                        pending = null; // continued: this paragraph's own marks decide
                    }
                    else if (strays.Count > 0 && strays[0] < firstOpen)
                    {
                        strays.RemoveAt(0); // the closing mark of the quotation opened lines before
                        pending = null;
                    }
                    else if (spans.Count > 0 || p - waiting.Paragraph >= MaxLinesToClose)
                    {
                        ReportUnclosed(findings, paragraphs[waiting.Paragraph], waiting.Open);
                        pending = null;
                    }
                }

                foreach (var stray in strays)
                {
                    findings.Add(new Finding(Info.Id, paragraph.ToSource(stray, 1), $"Closing quotation mark {Describe(text[stray])} has no opening one in this paragraph; add the opening mark or delete this one"));
                }

                for (var s = 0; s < spans.Count; s++)
                {
                    var span = spans[s];
                    if (span.IsClosed && span.Close == span.Open + 1 && text[span.Open] == text[span.Close])
                    {
                        findings.Add(new Finding(Info.Id, paragraph.ToSource(span.Open, 1), $"Doubled quotation mark {Describe(text[span.Open])}{Describe(text[span.Close])} quotes nothing; delete one or both"));
                        continue;
                    }

                    if (span.IsClosed || span.IsContinued)
                    {
                        continue;
                    }

                    if (s == spans.Count - 1)
                    {
                        pending = (p, span.Open);
                    }
                    else
                    {
                        ReportUnclosed(findings, paragraph, span.Open);
                    }
                }

                CheckBrackets(paragraph, findings);
            }

            if (pending is { } left)
            {
                ReportUnclosed(findings, paragraphs[left.Paragraph], left.Open);
            }
        }

        private void ReportUnclosed(List<Finding> findings, ParsedParagraph paragraph, int open)
        {
            var text = paragraph.Text;
            findings.Add(new Finding(Info.Id, paragraph.ToSource(open, 1), $"Quotation opened here is never closed; add the closing mark {Describe(text[open] == QuoteSpans.StraightQuote ? QuoteSpans.StraightQuote : QuoteSpans.CloseQuote)}"));
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
                        findings.Add(new Finding(Info.Id, paragraph.ToSource(i, 1), $"Closing bracket '{c}' has no matching opening bracket; add it or delete this one"));
                    }
                }
            }

            if (open is null)
            {
                return;
            }

            foreach (var i in open)
            {
                findings.Add(new Finding(Info.Id, paragraph.ToSource(i, 1), $"Bracket '{text[i]}' is never closed; add the closing bracket"));
            }
        }

        private static bool Matches(char open, char close) => (open, close) is ('(', ')') or ('[', ']') or ('{', '}');

        // "1) first point", "a) first point": a list marker at the start of a paragraph or of a line joined into it
        // ("... 2) second point"): one or two letters or digits standing alone before the bracket.
        private static bool IsListMarker(string text, int i)
        {
            var k = i;
            while (k > 0 && i - k < 3 && char.IsLetterOrDigit(text[k - 1]))
            {
                k--;
            }

            return k < i && i - k <= 2 && (k == 0 || char.IsWhiteSpace(text[k - 1])) && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]));
        }

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
