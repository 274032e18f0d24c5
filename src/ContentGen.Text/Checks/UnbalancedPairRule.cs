using System.Collections.Generic;
using ContentGen.Text.Corpus;
using ContentGen.Text.Extraction;
using ContentGen.Text.Model;
using ContentGen.Text.Tokens;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG1003: unbalanced double quotation marks or brackets in a paragraph. Follows news style: a quotation
    /// continued into the next paragraph is left open and reopened there, closing only at its end — also inside one
    /// line where a source joined the paragraphs ("... said the mayor. "We will ..."); text with one sentence per line
    /// may close a quotation a few lines later. Inch marks (6'2"), marks whose glyph points the wrong way, German
    /// „…“ and list markers ("a)", "2)") are read as such (see <see cref="QuoteSpans"/>). Straight single quotes
    /// and ’ are apostrophes as often as not ("Armenia's", "'Normal Life'"), so only an opening curly ‘ is checked.
    /// </summary>
    internal sealed class UnbalancedPairRule : IArticleRule
    {
        private static readonly char[] Brackets = { '(', ')', '[', ']', '{', '}' };

        public static RuleInfo Metadata { get; } = new(RuleIds.UnbalancedPair, "Unbalanced quotation marks or brackets", RuleCategory.Content) { Fix = "close the quotation at the end of its paragraph, where that is unambiguous" };

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
                CheckSingleQuotes(paragraphs, p, findings);
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
                    else if (open is { Count: > 0 } && HasOpening(text, open, c))
                    {
                        // "[1 cup (or 2 for toast]": the bracket it closes is further out; the ones opened inside
                        // it were never closed. One finding for the one mistake, not one per bracket.
                        while (!Matches(text[open.Peek()], c))
                        {
                            var unclosed = open.Pop();
                            findings.Add(new Finding(Info.Id, paragraph.ToSource(unclosed, 1), $"Bracket '{text[unclosed]}' is never closed; add the closing bracket"));
                        }

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

        // An opening curly single quote (‘) is never an apostrophe when written right: a quotation it opens must
        // close with ’ in its paragraph, or later under the same conventions as double quotes (a paragraph that
        // reopens it, a closing mark a few lines on). Straight single quotes and ’ alone stay unchecked: they are
        // apostrophes as often as not. ‘ before a digit ("‘90s") is a wrongly turned apostrophe, not a quotation.
        private void CheckSingleQuotes(IReadOnlyList<ParsedParagraph> paragraphs, int p, List<Finding> findings)
        {
            var text = paragraphs[p].Text;
            if (text.IndexOf(OpenSingle) < 0)
            {
                return;
            }

            // Other languages use ‘ for other things (an Arabic ayn in "Siti ‘Aisyah", a Hawaiian ʻokina).
            var open = UnclosedSingleQuote(text, out _);
            if (open < 0 || !EnglishText.ReadsAsEnglish(text))
            {
                return;
            }

            for (var next = p + 1; next < paragraphs.Count && next - p <= MaxLinesToClose; next++)
            {
                var following = paragraphs[next].Text;
                if (following.TrimStart().StartsWith(OpenSingleText, System.StringComparison.Ordinal))
                {
                    return; // continued in the next paragraph, news style
                }

                UnclosedSingleQuote(following, out var closesFirst);
                if (closesFirst)
                {
                    return;
                }

                if (following.IndexOf(OpenSingle) >= 0)
                {
                    break;
                }
            }

            findings.Add(new Finding(Info.Id, paragraphs[p].ToSource(open, 1), "Single quotation opened here is never closed; add the closing mark ’ (or, if it is an apostrophe, write ’)"));
        }

        private const char OpenSingle = '\u2018';
        private const string OpenSingleText = "\u2018";

        // The first opening ‘ of the text left without its ’ (or -1), and whether a closing mark comes before any
        // opening one (it closes a quotation opened in an earlier paragraph).
        private static int UnclosedSingleQuote(string text, out bool closesFirst)
        {
            closesFirst = false;
            var sawOpen = false;
            var open = new List<int>();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == OpenSingle && i + 1 < text.Length && char.IsLetter(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
                {
                    open.Add(i);
                    sawOpen = true;
                }
                else if ((c == '\u2019' || c == '\'') && i > 0 && !char.IsWhiteSpace(text[i - 1]) && !IsApostrophe(text, i))
                {
                    // A closing mark: after a word or punctuation, not inside a word ("Armenia’s").
                    if (open.Count > 0)
                    {
                        open.RemoveAt(open.Count - 1);
                    }
                    else if (c == '\u2019' && !sawOpen)
                    {
                        closesFirst = true;
                    }
                }
            }

            return open.Count > 0 ? open[0] : -1;
        }

        // Between two Latin letters ("Armenia’s", "don’t"). Scripts that attach particles to a word close a
        // quotation with a letter right after it (Korean "‘…’하는").
        private static bool IsApostrophe(string text, int i) =>
            i + 1 < text.Length && char.IsLetter(text[i + 1]) && IsLatin(text[i + 1]) && char.IsLetter(text[i - 1]) && IsLatin(text[i - 1]);

        private static bool IsLatin(char c) => c < '\u0250';

        private static bool HasOpening(string text, Stack<int> open, char close)
        {
            foreach (var at in open)
            {
                if (Matches(text[at], close))
                {
                    return true;
                }
            }

            return false;
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
