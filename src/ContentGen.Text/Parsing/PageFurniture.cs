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

            /// <summary>Lines with no blank line between them share a block.</summary>
            int Block { get; }

            LineKind Kind { get; set; }
        }

        /// <summary>One line as the passes hold it: text and block, the kind they change, the shape they read.</summary>
        private struct Line
        {
            public readonly string Text;
            public readonly int Block;
            public LineKind Kind;
            public LineShape Shape;

            public Line(string text, int block, LineKind kind)
            {
                Text = text;
                Block = block;
                Kind = kind;
                Shape = new LineShape(text);
            }
        }

        private const int HeaderWindow = 12;
        private const int MaxListedLinks = 12;
        private const int MaxFragmentWords = 12;
        private const int MaxFeedGap = 5;
        private const int MinFeedEntries = 3;
        private const int MinCutCopy = 40;

        /// <summary>Marks, in place, the lines that are furniture by their place among the others.</summary>
        public static void MarkByPlace<T>(IList<T> lines)
            where T : ILine
        {
            // The passes work on a copy of the lines in one array, each with its shape read from its text once (only
            // kinds change); the kinds go back at the end.
            var page = new Line[lines.Count];
            for (var i = 0; i < page.Length; i++)
            {
                var line = lines[i];
                page[i] = new Line(line.Text, line.Block, line.Kind);
            }

            Mark(page);
            for (var i = 0; i < page.Length; i++)
            {
                if (page[i].Kind != lines[i].Kind)
                {
                    lines[i].Kind = page[i].Kind;
                }
            }
        }

        private static void Mark(Line[] lines)
        {
            int firstProse = -1, lastProse = -1, firstContent = -1;
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].Kind.IsContent)
                {
                    continue;
                }

                firstContent = firstContent < 0 ? i : firstContent;
                if (lines[i].Shape.IsProse)
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
            for (var i = lines.Length - 1; lastProse < 0 && i >= 0; i--)
            {
                lastProse = lines[i].Kind.IsContent && lines[i].Shape.EndsSentence ? i : -1;
            }

            MarkFeeds(lines);
            MarkHeader(lines, firstContent, HeaderEnd(lines, firstProse));
            MarkRepeatedHeadline(lines, firstContent);
            MarkRelatedLists(lines);
            MarkTeasers(lines);

            // The headline (and a kicker's headline under it) is the article's, whatever its shape.
            var title = TitleIndex(lines, firstContent);
            MarkShoutedTeasers(lines, title);
            MarkCaptionsOfCredits(lines, title, lastProse);
            MarkDatelineTeasers(lines, title);
            MarkSignOff(lines, title);
            MarkCopies(lines, title);
            MarkListHeadings(lines, title);
            MarkLabels(lines, title);
            // A prompt next to a prompt: a form's lines, read in either direction.
            for (var pass = 0; pass < 3 && MarkEnclosed(lines, title); pass++)
            {
            }

            MarkTail(lines, LastContentProse(lines, lastProse));
        }

        // The line the parser will take as the headline: the first, or the second under a short label.
        private static int TitleIndex(Line[] lines, int first)
        {
            if (lines[first].Text.Length > 40 || lines[first].Shape.HasMoreWordsThan(4) || lines[first].Shape.EndsSentence)
            {
                return first;
            }

            for (var i = first + 1; i < lines.Length; i++)
            {
                if (lines[i].Kind.IsContent)
                {
                    return i;
                }
            }

            return first;
        }

        private static int LastContentProse(Line[] lines, int fallback)
        {
            for (var i = lines.Length - 1; i >= 0; i--)
            {
                if (lines[i].Kind.IsContent && lines[i].Shape.IsProse)
                {
                    return i;
                }
            }

            return fallback >= 0 && lines[fallback].Kind.IsContent ? fallback : -1;
        }

        // Open to the new rules below: a content line that is not the headline (nor the label above it).
        private static bool Open(Line[] lines, int i, int title) =>
            i > title && lines[i].Kind.IsContent;

        // A headline of another story shouted in capitals under this story's headline.
        private static void MarkShoutedTeasers(Line[] lines, int title)
        {
            for (var i = title + 1; i < lines.Length; i++)
            {
                if (lines[i].Kind.IsContent && lines[i].Shape.IsShoutedTeaser)
                {
                    lines[i].Kind = LineKind.Scraped(BoilerplateKind.RelatedLinks);
                }
            }
        }

        // A photo's caption stands right above its credit, with no blank line between ("The pier at dawn." /
        // "Ann Lee/Harbour Wire"), or above a short credit of a name or an outlet in a block of its own two lines
        // ("The pier at dawn." / "Harbour Survey"). A paragraph of prose is never a caption: captions are short.
        private static void MarkCaptionsOfCredits(Line[] lines, int title, int lastProse)
        {
            // A credit after the last paragraph closes the article (it stays, see MarkTail): the line above it is the
            // story's, not a caption.
            var end = lastProse < 0 ? lines.Length : Math.Min(lines.Length, lastProse + 1);
            for (var i = 1; i < end; i++)
            {
                ref var credit = ref lines[i];
                ref var above = ref lines[i - 1];

                // Across a blank line only a sentence is a caption: a heading or a list item above a credit is not.
                var adjacent = above.Block == credit.Block
                    || (IsBlockOfOne(lines, i - 1) && IsBlockOfOne(lines, i) && above.Shape.EndsSentence);

                // A short credit under a caption already known by its shape ("This image shows …" / "Harbour Survey").
                if (above.Kind.Boilerplate == BoilerplateKind.Caption && above.Shape.HasMoreWordsThan(5) && !above.Shape.IsCreditOnlyOrAgency(above.Text)
                    && credit.Kind.IsContent && Open(lines, i, title)
                    && FurnitureShapes.IsShortCredit(credit.Text) && (above.Block == credit.Block || IsBlockOfOne(lines, i)))
                {
                    credit.Kind = LineKind.Scraped(BoilerplateKind.Caption);
                    continue;
                }

                if (!adjacent || !Open(lines, i - 1, title) || !above.Shape.IsCaptionShaped)
                {
                    continue;
                }

                // A credit names a person or an agency ("Image: the pier at dawn" is a caption of its own), and it
                // belongs to the caption under it when one follows.
                var isCredit = credit.Kind.Boilerplate == BoilerplateKind.Caption && credit.Shape.HasMoreWordsThan(1) && !credit.Text.EndsWith(":", StringComparison.Ordinal)
                    && !credit.Shape.HasMoreWordsThan(8) && credit.Shape.IsCreditOnlyOrAgency(credit.Text)
                    && !(i + 1 < lines.Length && lines[i + 1].Kind.Boilerplate == BoilerplateKind.Caption);
                var nameCredit = !isCredit && credit.Kind.IsContent && IsBlockOfTwo(lines, i - 1) && above.Shape.EndsSentence
                    && FurnitureShapes.IsShortCredit(credit.Text);
                if (isCredit || nameCredit)
                {
                    above.Kind = LineKind.Scraped(BoilerplateKind.Caption);
                    if (nameCredit)
                    {
                        credit.Kind = LineKind.Scraped(BoilerplateKind.Caption);
                    }
                }
            }
        }

        private static bool IsBlockOfOne(Line[] lines, int i) =>
            (i == 0 || lines[i - 1].Block != lines[i].Block) && (i + 1 >= lines.Length || lines[i + 1].Block != lines[i].Block);

        private static bool IsBlockOfTwo(Line[] lines, int first) =>
            first + 1 < lines.Length && (first == 0 || lines[first - 1].Block != lines[first].Block)
            && (first + 2 >= lines.Length || lines[first + 2].Block != lines[first].Block)
            && lines[first].Block == lines[first + 1].Block;

        // Teasers that run a headline into its story's dateline: "Ferry fares rise again PORTMAIN: The council
        // voted …", two or more in a row.
        private static void MarkDatelineTeasers(Line[] lines, int title)
        {
            MarkRuns(lines, title, 2, static l => FurnitureShapes.IsDatelineTeaser(l), BoilerplateKind.RelatedLinks);
        }

        // Marks runs of at least `min` consecutive content lines of one shape (furniture between them is allowed).
        private static void MarkRuns(Line[] lines, int title, int min, Func<string, bool> shape, BoilerplateKind kind)
        {
            var start = -1;
            var count = 0;
            for (var i = title + 1; i <= lines.Length; i++)
            {
                if (i < lines.Length && !lines[i].Kind.IsContent)
                {
                    continue;
                }

                if (i < lines.Length && shape(lines[i].Text))
                {
                    start = start < 0 ? i : start;
                    count++;
                    continue;
                }

                if (count >= min)
                {
                    for (var j = start; j < i; j++)
                    {
                        if (lines[j].Kind.IsContent)
                        {
                            lines[j].Kind = LineKind.Scraped(kind);
                        }
                    }
                }

                start = -1;
                count = 0;
            }
        }

        // At the very end, under the story: a note on its author ("Ann Lee is a reporter for Harbour Wire.").
        private static void MarkSignOff(Line[] lines, int title)
        {
            var seen = 0;
            for (var i = lines.Length - 1; i > title && seen < 3; i--)
            {
                if (!lines[i].Kind.IsContent)
                {
                    continue;
                }

                seen++;
                if (FurnitureShapes.IsAuthorNote(lines[i].Text))
                {
                    lines[i].Kind = LineKind.Scraped(BoilerplateKind.Byline);
                }
            }
        }

        // A line the page repeats: the headline again, or a copy of a line already taken as furniture (a gallery
        // repeats each caption).
        private static void MarkCopies(Line[] lines, int title)
        {
            // The furniture as it stands before this pass. A line can equal one only if it has its length, so only
            // lines of those lengths are hashed; the long ones are kept in order for copies cut short.
            Dictionary<string, BoilerplateKind>? furniture = null;
            HashSet<int>? lengths = null;
            List<string>? longFurniture = null;
            foreach (var line in lines)
            {
                if (line.Kind.Boilerplate is { } kind && line.Text.Length >= 12)
                {
                    furniture ??= new Dictionary<string, BoilerplateKind>(StringComparer.OrdinalIgnoreCase);
                    lengths ??= new HashSet<int>();
                    furniture[line.Text] = kind;
                    lengths.Add(line.Text.Length);
                    if (line.Text.Length >= MinCutCopy)
                    {
                        (longFurniture ??= new List<string>()).Add(line.Text);
                    }
                }
            }

            var openings = longFurniture is { Count: > MaxScannedOpenings } ? Openings(longFurniture) : null;

            // After the story has begun, the headline again is a link to this story among other furniture, or a
            // phrase the writer repeats on purpose.
            var headline = lines[title].Text;
            var prose = false;
            for (var i = title + 1; i < lines.Length; i++)
            {
                if (!lines[i].Kind.IsContent)
                {
                    continue;
                }

                var text = lines[i].Text;
                prose |= lines[i].Shape.IsProse;
                if (headline.Length >= 12 && string.Equals(text, headline, StringComparison.OrdinalIgnoreCase)
                    && (!prose || (IsFurniture(lines, i - 1) && IsFurniture(lines, i + 1))))
                {
                    lines[i].Kind = LineKind.Scraped(BoilerplateKind.RepeatedHeadline);
                }
                else if (furniture is not null && lengths!.Contains(text.Length) && furniture.TryGetValue(text, out var kind))
                {
                    lines[i].Kind = LineKind.Scraped(kind);
                }
                else if (longFurniture is not null && text.Length >= MinCutCopy && CutCopyOf(text, longFurniture, openings) is { } whole)
                {
                    // A copy cut short ("… unveil the new ferry at" / "... more"): the page's caption again.
                    lines[i].Kind = LineKind.Scraped(furniture![whole]);
                }
            }
        }

        // Up to this many long furniture lines are compared in place; past it, by a dictionary of their openings.
        private const int MaxScannedOpenings = 8;

        private static Dictionary<string, string> Openings(List<string> longFurniture)
        {
            var openings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var text in longFurniture)
            {
                openings[text.Substring(0, MinCutCopy)] = text;
            }

            return openings;
        }

        // The last long furniture line that opens as `text` does, if `text` is the start of it.
        private static string? CutCopyOf(string text, List<string> longFurniture, Dictionary<string, string>? openings)
        {
            string? whole = null;
            if (openings is not null)
            {
                openings.TryGetValue(text.Substring(0, MinCutCopy), out whole);
            }
            else
            {
                for (var k = longFurniture.Count - 1; k >= 0 && whole is null; k--)
                {
                    whole = string.Compare(text, 0, longFurniture[k], 0, MinCutCopy, StringComparison.OrdinalIgnoreCase) == 0 ? longFurniture[k] : null;
                }
            }

            return whole is not null && whole.StartsWith(text, StringComparison.OrdinalIgnoreCase) ? whole : null;
        }

        // A label over a link to another story ("Don't miss" / "Ferry crew rescues seal pup [VIDEO]") heads a list.
        private static void MarkListHeadings(Line[] lines, int title)
        {
            for (var i = title + 1; i + 1 < lines.Length; i++)
            {
                if (lines[i].Kind.IsContent && IsLink(lines, i + 1) && !lines[i].Shape.HasMoreWordsThan(4) && lines[i].Shape.HasWord && !lines[i].Shape.EndsSentence)
                {
                    lines[i].Kind = LineKind.Scraped(BoilerplateKind.RelatedLinks);
                }
            }
        }

        // A label with a colon over a line of furniture is that furniture's ("Author:" / "Ann Lee/Harbour Wire",
        // "Like this:" / "Like Loading..."). Over a date it may be the article's own ("For release:").
        private static void MarkLabels(Line[] lines, int title)
        {
            for (var i = title + 1; i + 1 < lines.Length; i++)
            {
                if (lines[i].Kind.IsContent && lines[i + 1].Kind.Boilerplate is { } kind && kind != BoilerplateKind.Timestamp && lines[i].Text.EndsWith(":", StringComparison.Ordinal)
                    && !lines[i].Shape.HasMoreWordsThan(3) && lines[i].Shape.HasWord)
                {
                    lines[i].Kind = LineKind.Scraped(kind);
                }
            }
        }

        // A link of a list: not a shouted teaser, which a page sets between its paragraphs.
        private static bool IsLink(Line[] lines, int i, bool byPlaceToo = true) =>
            i >= 0 && i < lines.Length && lines[i].Kind.Boilerplate == BoilerplateKind.RelatedLinks && !lines[i].Shape.IsShoutedTeaser
            && (byPlaceToo || lines[i].Shape.IsLinkByShape(lines[i].Text));

        // A short line between two lines of furniture is furniture too ("Updated" between a byline and a time stamp,
        // "Back to gallery" after a gallery counter); so is a prompt to the reader next to furniture, and any line
        // between two links of a list (a teaser's blurb).
        private static bool MarkEnclosed(Line[] lines, int title)
        {
            var changed = false;
            for (var i = title + 1; i < lines.Length; i++)
            {
                ref var line = ref lines[i];
                if (!line.Kind.IsContent)
                {
                    continue;
                }

                var before = i - 1 > title ? lines[i - 1].Kind.Boilerplate : null;
                var after = i + 1 < lines.Length ? lines[i + 1].Kind.Boilerplate : null;
                if (before is null && after is null)
                {
                    continue;
                }

                // Between two links of a list, one line or two (a teaser's blurb and its caption); a paragraph of
                // prose only between links that say by their own shape that they are links ("» Ferry timetables").
                var marked = !line.Shape.IsProse;
                var listed = (IsLink(lines, i - 1, marked) && (IsLink(lines, i + 1, marked) || (i + 2 < lines.Length && lines[i + 1].Kind.IsContent && IsLink(lines, i + 2, marked))))
                    || (IsLink(lines, i + 1, marked) && i - 2 > title && lines[i - 1].Kind.IsContent && IsLink(lines, i - 2, marked));
                if (listed && line.Shape.HasWord)
                {
                    line.Kind = LineKind.Scraped(BoilerplateKind.RelatedLinks);
                }
                else if (before is not null && after is { } a && line.Shape.HasWord && !line.Shape.IsProse)
                {
                    line.Kind = LineKind.Scraped(a);
                }
                else if (line.Shape.IsReaderPrompt(line.Text))
                {
                    line.Kind = LineKind.Scraped(BoilerplateKind.Newsletter);
                }
                else
                {
                    continue;
                }

                changed = true;
            }

            return changed;
        }

        // Comments and story teasers: entries that each carry a time stamp, a vote counter or an "Ann says:" header,
        // at least three within a few lines of each other. Everything between the first and the last is the feed,
        // and so are the lines after the last, as many as an entry has.
        private static void MarkFeeds(Line[] lines)
        {
            var start = -1;
            var last = -1;
            var count = 0;
            var widest = 0;
            for (var i = 0; i <= lines.Length; i++)
            {
                var marker = i < lines.Length && IsFeedMarker(lines[i]);
                if (marker && (last < 0 || i - last <= MaxFeedGap))
                {
                    start = start < 0 ? i : start;
                    widest = last < 0 ? widest : Math.Max(widest, i - last);
                    last = i;
                    count++;
                    continue;
                }

                if (marker || i == lines.Length)
                {
                    if (count >= MinFeedEntries)
                    {
                        var from = start > 0 && FurnitureShapes.IsNameOnly(lines[start - 1].Text) ? start - 1 : start;
                        var to = Math.Min(lines.Length - 1, last + widest - 1);
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

        private static bool IsFeedMarker(in Line line) =>
            line.Kind.Boilerplate == BoilerplateKind.Timestamp || (line.Kind.Boilerplate == BoilerplateKind.PageChrome && FurnitureShapes.IsCounter(line.Text));

        // Above the story (the headline aside): an e-mail address, names with an outlet or a role ("Ann Lee, Harbour
        // Wire"), and a name next to a byline or time stamp ("Ann Lee" / "Nov. 19, 2019").
        private static void MarkHeader(Line[] lines, int headline, int end)
        {
            for (var i = 0; i < end; i++)
            {
                ref var line = ref lines[i];
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

        // The header runs to the first paragraph of prose, or past it when a standfirst (a sentence under the
        // headline) stands above the byline or the time stamp.
        private static int HeaderEnd(Line[] lines, int firstProse)
        {
            var end = firstProse < 0 ? Math.Min(lines.Length, HeaderWindow) : Math.Min(firstProse, HeaderWindow);
            for (var i = end; i < Math.Min(lines.Length, HeaderWindow); i++)
            {
                if (lines[i].Kind.Boilerplate is BoilerplateKind.Byline or BoilerplateKind.Timestamp)
                {
                    end = i + 1;
                }
            }

            return end;
        }

        private static bool IsFurniture(Line[] lines, int i) =>
            i >= 0 && i < lines.Length && lines[i].Kind.Boilerplate is not null;

        private static bool IsHeaderFurniture(Line[] lines, int i) =>
            i >= 0 && i < lines.Length && lines[i].Kind.Boilerplate is not null;

        // The headline again as a body line near the top ("Storm closes ferry" / "Storm closes ferry" / …).
        private static void MarkRepeatedHeadline(Line[] lines, int first)
        {
            var headline = lines[first].Text;
            for (var i = first + 1; i < lines.Length && i < first + HeaderWindow; i++)
            {
                if (lines[i].Kind.IsContent && lines[i].Text.Length == headline.Length && string.Equals(lines[i].Text, headline, StringComparison.OrdinalIgnoreCase))
                {
                    lines[i].Kind = LineKind.Scraped(BoilerplateKind.RepeatedHeadline);
                }
            }
        }

        // Under a "Related stories" heading, the headlines that follow are links, up to the next paragraph of prose.
        private static void MarkRelatedLists(Line[] lines)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Kind.Boilerplate != BoilerplateKind.RelatedLinks || !lines[i].Shape.IsHeading)
                {
                    continue;
                }

                var marked = 0;
                for (var j = i + 1; j < lines.Length && marked < MaxListedLinks; j++)
                {
                    ref var line = ref lines[j];
                    if (!line.Kind.IsContent)
                    {
                        continue;
                    }

                    if (!line.Shape.IsHeadlineShaped)
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
        private static void MarkTeasers(Line[] lines)
        {
            var i = 0;
            while (i < lines.Length)
            {
                var end = i;
                var pairs = 0;
                for (var j = i; j + 1 < lines.Length;)
                {
                    if (IsShouted(lines, j) && lines[j + 1].Kind.IsContent && !IsShouted(lines, j + 1) && lines[j + 1].Shape.IsHeadlineShaped)
                    {
                        pairs++;
                        j += 2;
                        end = j;
                    }
                    else if (pairs > 0 && lines[j].Kind.IsContent && !lines[j].Shape.HasMoreWordsThan(2) && !IsShouted(lines, j))
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
        private static bool IsShouted(Line[] lines, int i) =>
            lines[i].Kind.IsContent && lines[i].Shape.IsShoutedLabel;

        // After the last paragraph of prose: short fragments are furniture when furniture stands among them; a
        // credit line there is the article's own.
        private static void MarkTail(Line[] lines, int lastProse)
        {
            if (lastProse < 0)
            {
                return;
            }

            var furnished = false;
            for (var i = lastProse + 1; i < lines.Length; i++)
            {
                var kind = lines[i].Kind.Boilerplate;
                if (kind == BoilerplateKind.Caption && lines[i].Shape.IsCreditOnly(lines[i].Text))
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

            for (var i = lastProse + 1; i < lines.Length; i++)
            {
                ref var line = ref lines[i];
                if (line.Kind.IsContent && line.Shape.HasWord && !line.Shape.EndsSentence && !line.Shape.HasMoreWordsThan(MaxFragmentWords)
                    && !line.Shape.IsCreditOnly(line.Text))
                {
                    line.Kind = LineKind.Scraped(BoilerplateKind.TrailingFragment);
                }
            }
        }
    }
}
