using System;
using System.Collections.Generic;
using ContentGen.Text.Model;

namespace ContentGen.Text.Parsing
{
    /// <summary>
    /// Page furniture told by where a line stands, after <see cref="LineClassifier"/> has judged each line by its
    /// shape: a name or an e-mail address among the byline and time stamp above the story; the headline repeated as
    /// the first body line; the headlines listed under a "Related stories" heading; short fragments at the end, but
    /// only when the end is clearly furniture (a half-typed last line is not). A credit line at the end belongs to
    /// the article and stays.
    /// </summary>
    internal static class PageFurniture
    {
        /// <summary>One body line as the parser holds it.</summary>
        public interface ILine
        {
            string Text { get; }

            LineKind Kind { get; set; }
        }

        private const int HeaderWindow = 12;
        private const int MaxListedLinks = 12;
        private const int MaxHeadlineWords = 20;
        private const int MaxFragmentWords = 12;
        private const int MaxFeedGap = 5;
        private const int MinFeedEntries = 3;

        /// <summary>Marks, in place, the lines that are furniture by their place among the others.</summary>
        public static void MarkByPlace<T>(IList<T> lines)
            where T : ILine
        {
            int firstProse = -1, lastProse = -1, firstContent = -1;
            for (var i = 0; i < lines.Count; i++)
            {
                if (!lines[i].Kind.IsContent)
                {
                    continue;
                }

                firstContent = firstContent < 0 ? i : firstContent;
                if (IsProse(lines[i].Text))
                {
                    firstProse = firstProse < 0 ? i : firstProse;
                    lastProse = i;
                }
            }

            if (firstContent < 0)
            {
                return;
            }

            // Text of short sentences only: its last sentence ends the story.
            for (var i = lines.Count - 1; lastProse < 0 && i >= 0; i--)
            {
                lastProse = lines[i].Kind.IsContent && LineClassifier.EndsSentence(lines[i].Text) ? i : -1;
            }

            MarkFeeds(lines);
            MarkHeader(lines, firstContent, firstProse < 0 ? Math.Min(lines.Count, HeaderWindow) : Math.Min(firstProse, HeaderWindow));
            MarkRepeatedHeadline(lines, firstContent);
            MarkRelatedLists(lines);
            MarkTeasers(lines);
            MarkTail(lines, lastProse);
        }

        // Comments and story teasers: entries that each carry a time stamp, a vote counter or an "Ann says:" header,
        // at least three within a few lines of each other. Everything between the first and the last is the feed,
        // and so are the lines after the last, as many as an entry has.
        private static void MarkFeeds<T>(IList<T> lines)
            where T : ILine
        {
            var start = -1;
            var last = -1;
            var count = 0;
            var widest = 0;
            for (var i = 0; i <= lines.Count; i++)
            {
                var marker = i < lines.Count && IsFeedMarker(lines[i]);
                if (marker && (last < 0 || i - last <= MaxFeedGap))
                {
                    start = start < 0 ? i : start;
                    widest = last < 0 ? widest : Math.Max(widest, i - last);
                    last = i;
                    count++;
                    continue;
                }

                if (marker || i == lines.Count)
                {
                    if (count >= MinFeedEntries)
                    {
                        var from = start > 0 && FurnitureShapes.IsNameOnly(lines[start - 1].Text) ? start - 1 : start;
                        var to = Math.Min(lines.Count - 1, last + widest - 1);
                        for (var j = from; j <= to; j++)
                        {
                            if (lines[j].Kind.IsContent)
                            {
                                lines[j].Kind = LineKind.Scraped(BoilerplateKind.Feed);
                            }
                        }
                    }

                    start = marker ? i : -1;
                    last = marker ? i : -1;
                    count = marker ? 1 : 0;
                    widest = 0;
                }
            }
        }

        private static bool IsFeedMarker<T>(T line)
            where T : ILine =>
            line.Kind.Boilerplate == BoilerplateKind.Timestamp || (line.Kind.Boilerplate == BoilerplateKind.PageChrome && FurnitureShapes.IsCounter(line.Text));

        // Above the story (the headline aside): an e-mail address, names with an outlet or a role ("Ann Lee, Harbour
        // Wire"), and a name next to a byline or time stamp ("Ann Lee" / "Nov. 19, 2019").
        private static void MarkHeader<T>(IList<T> lines, int headline, int end)
            where T : ILine
        {
            for (var i = 0; i < end; i++)
            {
                var line = lines[i];
                if (!line.Kind.IsContent)
                {
                    continue;
                }

                if (FurnitureShapes.IsContactLine(line.Text) || (i != headline && (FurnitureShapes.IsAuthorLine(line.Text)
                    || (FurnitureShapes.IsNameOnly(line.Text) && (IsHeaderFurniture(lines, i - 1) || IsHeaderFurniture(lines, i + 1))))))
                {
                    line.Kind = LineKind.Scraped(BoilerplateKind.Byline);
                }
            }
        }

        private static bool IsHeaderFurniture<T>(IList<T> lines, int i)
            where T : ILine =>
            i >= 0 && i < lines.Count && lines[i].Kind.Boilerplate is BoilerplateKind.Byline or BoilerplateKind.Timestamp or BoilerplateKind.PageChrome;

        // The headline again as a body line near the top ("Storm closes ferry" / "Storm closes ferry" / …).
        private static void MarkRepeatedHeadline<T>(IList<T> lines, int first)
            where T : ILine
        {
            var headline = lines[first].Text;
            for (var i = first + 1; i < lines.Count && i < first + HeaderWindow; i++)
            {
                if (lines[i].Kind.IsContent && lines[i].Text.Length == headline.Length && string.Equals(lines[i].Text, headline, StringComparison.OrdinalIgnoreCase))
                {
                    lines[i].Kind = LineKind.Scraped(BoilerplateKind.RepeatedHeadline);
                }
            }
        }

        // Under a "Related stories" heading, the headlines that follow are links, up to the next paragraph of prose.
        private static void MarkRelatedLists<T>(IList<T> lines)
            where T : ILine
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].Kind.Boilerplate != BoilerplateKind.RelatedLinks || !IsHeading(lines[i].Text))
                {
                    continue;
                }

                var marked = 0;
                for (var j = i + 1; j < lines.Count && marked < MaxListedLinks; j++)
                {
                    var line = lines[j];
                    if (!line.Kind.IsContent)
                    {
                        continue;
                    }

                    if (!IsHeadlineShaped(line.Text))
                    {
                        break;
                    }

                    line.Kind = LineKind.Scraped(BoilerplateKind.RelatedLinks);
                    marked++;
                }
            }
        }

        // Teasers for other stories: a shouted label over a headline ("CALM WATERS" / "Ferry crew rescues seal
        // pup"), at least twice in a row. A shouted subheading over a paragraph of prose is the article's own.
        private static void MarkTeasers<T>(IList<T> lines)
            where T : ILine
        {
            var i = 0;
            while (i < lines.Count)
            {
                var end = i;
                var pairs = 0;
                for (var j = i; j + 1 < lines.Count;)
                {
                    if (IsShouted(lines[j]) && lines[j + 1].Kind.IsContent && !IsShouted(lines[j + 1]) && IsHeadlineShaped(lines[j + 1].Text))
                    {
                        pairs++;
                        j += 2;
                        end = j;
                    }
                    else if (pairs > 0 && lines[j].Kind.IsContent && !LineClassifier.HasMoreWordsThan(lines[j].Text, 2) && !IsShouted(lines[j]))
                    {
                        j++; // a one-word label between teasers ("Warning")
                    }
                    else
                    {
                        break;
                    }
                }

                if (pairs >= 2)
                {
                    for (var k = i; k < end; k++)
                    {
                        if (lines[k].Kind.IsContent)
                        {
                            lines[k].Kind = LineKind.Scraped(BoilerplateKind.RelatedLinks);
                        }
                    }

                    i = end;
                }
                else
                {
                    i++;
                }
            }
        }

        // A short label in capitals: "CALM WATERS", "‘NOT ON MY WATCH’".
        private static bool IsShouted<T>(T line)
            where T : ILine
        {
            if (!line.Kind.IsContent || line.Text.Length > 60 || LineClassifier.HasMoreWordsThan(line.Text, 6))
            {
                return false;
            }

            int upper = 0, lower = 0;
            foreach (var c in line.Text)
            {
                upper += char.IsUpper(c) ? 1 : 0;
                lower += char.IsLower(c) ? 1 : 0;
            }

            return upper >= 3 && lower == 0;
        }

        // After the last paragraph of prose: short fragments are furniture when furniture stands among them; a
        // credit line there is the article's own.
        private static void MarkTail<T>(IList<T> lines, int lastProse)
            where T : ILine
        {
            if (lastProse < 0)
            {
                return;
            }

            var furnished = false;
            for (var i = lastProse + 1; i < lines.Count; i++)
            {
                var kind = lines[i].Kind.Boilerplate;
                if (kind == BoilerplateKind.Caption && FurnitureShapes.IsCreditOnly(lines[i].Text))
                {
                    lines[i].Kind = LineKind.Content;
                }
                else if (kind is not null)
                {
                    furnished = true;
                }
            }

            if (!furnished)
            {
                return;
            }

            for (var i = lastProse + 1; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.Kind.IsContent && HasWord(line.Text) && !LineClassifier.EndsSentence(line.Text) && !LineClassifier.HasMoreWordsThan(line.Text, MaxFragmentWords)
                    && !FurnitureShapes.IsCreditOnly(line.Text))
                {
                    line.Kind = LineKind.Scraped(BoilerplateKind.TrailingFragment);
                }
            }
        }

        // A separator ("___") or a bare number is no fragment of a page: it has no word of two letters.
        private static bool HasWord(string line)
        {
            var run = 0;
            foreach (var c in line)
            {
                run = char.IsLetter(c) ? run + 1 : 0;
                if (run >= 2)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A line of running text: a sentence of some length, or a long line whatever its end.</summary>
        public static bool IsProse(string line) =>
            LineClassifier.HasMoreWordsThan(line, 20) || (LineClassifier.EndsSentence(line) && LineClassifier.HasMoreWordsThan(line, 8));

        private static bool IsHeading(string line) => !LineClassifier.HasMoreWordsThan(line, 6) && (line.IndexOf(':') < 0 || line.EndsWith(":", StringComparison.Ordinal));

        // A headline: a few words, no full stop at the end (a question or a quotation may end one).
        private static bool IsHeadlineShaped(string line)
        {
            if (line.Length < 8 || LineClassifier.HasMoreWordsThan(line, MaxHeadlineWords) || !HasWord(line))
            {
                return false;
            }

            var last = line[line.Length - 1];
            return !LineClassifier.EndsSentence(line) || last is '?' or '"' or '\u201D' or '\u2019' or '\'';
        }
    }
}
