using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ContentGen.Text.Extraction;
using ContentGen.Text.Model;
using ContentGen.Text.Tokens;

namespace ContentGen.Text.Parsing
{
    /// <summary>
    /// Parses one article file into a <see cref="ParsedArticle"/>: front matter, kicker and headline, paragraphs
    /// without scraped furniture, credit and source, date, people, quotes and figures. Never throws on any text:
    /// a file that cannot be an article comes back with <see cref="ParsedArticle.Unusable"/> set.
    /// </summary>
    internal static class ArticleParser
    {
        private const int MaxKickerWords = 4;
        private const int MaxKickerLength = 40;

        public static ParsedArticle Parse(string path, string text, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fileSlug = Slug.From(FileNameWithoutExtension(path));
            var unusable = Usability.Check(text);
            if (unusable != UnusableReason.None)
            {
                return Empty(path, fileSlug, unusable);
            }

            var lines = SourceLine.Split(text);
            var frontMatter = FrontMatterReader.Read(text, lines);
            var body = ReadBody(text, lines, frontMatter.BodyStartLine);

            // Headline and kicker, unless front matter declares them.
            string? title = frontMatter.Title;
            TextRange? titleRange = null;
            var kicker = frontMatter.Kicker;
            var content = body.Lines.Where(l => l.Kind.IsContent).ToList();
            if (title is null && content.Count > 0)
            {
                var first = content[0];
                // A kicker is a short label above a line that is itself a headline, not the first sentence.
                var second = content.Count > 2 ? content[1] : null;
                if (kicker is null && second is not null && IsKicker(first.Text)
                    && (body.OneParagraphPerLine || (first.AloneInBlock && second.AloneInBlock))
                    && !EndsWithFullStop(second.Text))
                {
                    kicker = first.Text;
                    first.Consumed = true;
                    first = content[1];
                }

                title = first.Text;
                titleRange = first.Range;
                first.Consumed = true;
            }

            var paragraphs = BuildParagraphs(body);
            cancellationToken.ThrowIfCancellationRequested();
            var credit = frontMatter.Credit ?? (body.Credits.Count > 0 ? string.Join("\n", body.Credits) : null);
            var source = frontMatter.Source
                ?? body.Credits.Select(SourceInference.FromCredit).FirstOrDefault(s => s is not null)
                ?? (paragraphs.Count > 0 ? SourceInference.FromDateline(paragraphs[0].Text) : null);

            // Each paragraph is tokenized and searched for dates once; every extractor shares the results. The token
            // lists are pooled: nothing in the parse's result refers to them.
            var tokens = new List<List<Token>>(paragraphs.Count);
            try
            {
                var datesPerParagraph = new List<List<StatedDate>>(paragraphs.Count);
                var statedDates = new List<StatedDate>();
                foreach (var paragraph in paragraphs)
                {
                    var list = TokenListPool.Rent();
                    tokens.Add(list);
                    Tokenizer.TokenizeInto(paragraph.Text, list);
                    var dates = DateFinder.Find(paragraph.Text);
                    datesPerParagraph.Add(dates);
                    foreach (var stated in dates)
                    {
                        statedDates.Add(stated with { Range = paragraph.ToSource(stated.Range.Start, stated.Range.Length) });
                    }
                }

                // The page's own time stamp, kept out of the paragraphs as furniture, dates the article better than
                // the first date its text mentions (which may be a historical one).
                var date = frontMatter.Date ?? StampDate(body.Boilerplate) ?? statedDates
                    .Where(d => d.Year is not null)
                    .Select(d => (ArticleDate?)new ArticleDate(d.Year!.Value, d.Month, d.Day))
                    .FirstOrDefault();

                cancellationToken.ThrowIfCancellationRequested();
                var properNouns = ProperNouns(paragraphs, tokens);
                var people = PeopleExtractor.Extract(paragraphs, tokens);
                cancellationToken.ThrowIfCancellationRequested();
                var quotes = QuoteExtractor.Extract(paragraphs, tokens, people);
                cancellationToken.ThrowIfCancellationRequested();
                var figures = FigureExtractor.Extract(paragraphs, tokens, datesPerParagraph);

                return new ParsedArticle(
                    path,
                    frontMatter.Slug is { } slug ? Slug.From(slug) : fileSlug,
                    title ?? FileNameWithoutExtension(path),
                    titleRange,
                    kicker,
                    source,
                    date,
                    credit,
                    frontMatter.Author,
                    frontMatter.Tags.ToEquatableArray(),
                    frontMatter.Accepted.ToEquatableArray(),
                    paragraphs.ToEquatableArray(),
                    quotes.ToEquatableArray(),
                    people.People.ToEquatableArray(),
                    figures.ToEquatableArray(),
                    statedDates.ToEquatableArray(),
                    body.Boilerplate.ToEquatableArray(),
                    frontMatter.Issues.ToEquatableArray(),
                    UnusableReason.None)
                {
                    ProperNouns = properNouns,
                    AcceptRanges = frontMatter.AcceptRanges.ToEquatableArray(),
                };
            }
            finally
            {
                foreach (var list in tokens)
                {
                    TokenListPool.Return(list);
                }
            }
        }

        private static ArticleDate? StampDate(List<BoilerplateLine> furniture)
        {
            foreach (var line in furniture)
            {
                if (line.Kind != BoilerplateKind.Timestamp && line.Kind != BoilerplateKind.Byline)
                {
                    continue;
                }

                foreach (var stated in DateFinder.Find(line.Text))
                {
                    if (stated.Year is { } year)
                    {
                        return new ArticleDate(year, stated.Month, stated.Day);
                    }
                }
            }

            return null;
        }

        // Collected here, where every paragraph is already tokenized, so story clustering need not tokenize again.
        private static EquatableArray<string> ProperNouns(List<ParsedParagraph> paragraphs, List<List<Token>> tokenized)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var considered = new HashSet<string>(StringComparer.Ordinal); // names recur: each spelling is looked up once
            var words = new List<string>();
            for (var p = 0; p < tokenized.Count; p++)
            {
                var text = paragraphs[p].Text;
                foreach (var token in tokenized[p])
                {
                    if (token.Length >= 4 && token.MayBeCapitalizedIn(text) && token.IsCapitalized && considered.Add(token.Text)
                        && !Lexicon.NotNames.Contains(token.Text) && !Lexicon.Titles.Contains(token.Text))
                    {
                        var word = NameParts.StripPossessive(token.Text);
                        if (seen.Add(word))
                        {
                            words.Add(word);
                        }
                    }
                }
            }

            return new EquatableArray<string>(words.ToArray());
        }

        private static ParsedArticle Empty(string path, string slug, UnusableReason reason) => new(
            path, slug, FileNameWithoutExtension(path), null, null, null, null, null, null,
            EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<ParsedParagraph>.Empty,
            EquatableArray<ParsedQuote>.Empty, EquatableArray<ParsedPerson>.Empty, EquatableArray<ParsedFigure>.Empty,
            EquatableArray<StatedDate>.Empty, EquatableArray<BoilerplateLine>.Empty, EquatableArray<LineIssue>.Empty, reason);

        private static Body ReadBody(string text, List<SourceLine> lines, int startLine)
        {
            var body = new Body();
            var block = 0;
            var previousBlank = true;
            var blankBetweenContent = false;
            for (var i = startLine; i < lines.Count; i++)
            {
                // Trimmed in place: only the line's text is copied, once.
                var start = lines[i].Start;
                var end = lines[i].End;
                while (start < end && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                while (end > start && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                if (start == end)
                {
                    if (!previousBlank)
                    {
                        block++;
                    }

                    previousBlank = true;
                    continue;
                }

                if (previousBlank && body.Lines.Count > 0)
                {
                    blankBetweenContent = true;
                }

                previousBlank = false;
                var trimmed = text.Substring(start, end - start);
                var range = new TextRange(start, trimmed.Length);
                var kind = LineClassifier.Classify(trimmed);
                if (kind.IsCredit)
                {
                    body.Credits.Add(trimmed);
                    continue;
                }

                if (kind.Boilerplate is not null)
                {
                    // Kept in the lines (never in a paragraph): where furniture stands tells what stands near it.
                    body.Lines.Add(new BodyLine(trimmed, range, block, kind));
                    continue;
                }

                var tail = LineClassifier.DanglingTailLength(trimmed);
                if (tail > 0 && tail < trimmed.Length)
                {
                    var tailStart = range.End - tail;
                    body.Boilerplate.Add(new BoilerplateLine(BoilerplateKind.DanglingCredit, trimmed.Substring(trimmed.Length - tail), new TextRange(tailStart, tail)));
                    trimmed = trimmed.Substring(0, trimmed.Length - tail).TrimEnd();
                    range = new TextRange(range.Start, trimmed.Length);
                }

                body.Lines.Add(new BodyLine(trimmed, range, block, kind));
            }

            body.OneParagraphPerLine = !blankBetweenContent;
            MarkAloneInBlock(body.Lines);
            PageFurniture.MarkByPlace(body.Lines);
            foreach (var line in body.Lines)
            {
                if (line.Kind.Boilerplate is { } furniture)
                {
                    body.Boilerplate.Add(new BoilerplateLine(furniture, line.Text, line.Range));
                }
            }

            body.Boilerplate.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
            return body;
        }

        // Blocks only grow down the file, so a block's content lines follow one another among the content lines: a
        // content line is alone in its block when the content lines before and after it are in other blocks.
        private static void MarkAloneInBlock(List<BodyLine> lines)
        {
            BodyLine? previous = null;
            foreach (var line in lines)
            {
                line.AloneInBlock = true;
                if (!line.Kind.IsContent)
                {
                    continue;
                }

                if (previous is not null && previous.Block == line.Block)
                {
                    previous.AloneInBlock = false;
                    line.AloneInBlock = false;
                }

                previous = line;
            }
        }

        private static List<ParsedParagraph> BuildParagraphs(Body body)
        {
            var paragraphs = new List<ParsedParagraph>();
            var current = new List<BodyLine>();
            var currentBlock = -1;
            foreach (var line in body.Lines)
            {
                if (!line.Kind.IsContent || line.Consumed)
                {
                    continue;
                }

                if (current.Count > 0 && (body.OneParagraphPerLine || line.Block != currentBlock))
                {
                    paragraphs.Add(Join(current));
                    current.Clear();
                }

                current.Add(line);
                currentBlock = line.Block;
            }

            if (current.Count > 0)
            {
                paragraphs.Add(Join(current));
            }

            return paragraphs;
        }

        private static ParsedParagraph Join(List<BodyLine> lines)
        {
            // Most paragraphs are one line: its text is already the paragraph's, no copy needed.
            if (lines.Count == 1)
            {
                var line = lines[0];
                return line.Text.Length == line.Range.Length
                    ? new ParsedParagraph(line.Text, line.Range.Start)
                    : new ParsedParagraph(line.Text, new EquatableArray<TextSegment>(new[] { new TextSegment(0, line.Range.Start, line.Range.Length) }));
            }

            var segments = new List<TextSegment>(lines.Count);
            var length = lines.Count - 1;
            foreach (var line in lines)
            {
                length += line.Text.Length;
            }

            var text = new System.Text.StringBuilder(length);
            foreach (var line in lines)
            {
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                segments.Add(new TextSegment(text.Length, line.Range.Start, line.Range.Length));
                text.Append(line.Text);
            }

            return new ParsedParagraph(text.ToString(), segments.ToEquatableArray());
        }

        // A headline may end in a quoted phrase ("... Return To 'Normal Life'"); a first sentence ends in a full
        // stop, question or exclamation mark, inside its closing quote or not.
        private static bool EndsWithFullStop(string line)
        {
            var end = line.Length;
            while (end > 0 && (char.IsWhiteSpace(line[end - 1]) || line[end - 1] is '"' or '\'' or '\u201D' or '\u2019' or ')' or '\u00BB'))
            {
                end--;
            }

            return end > 0 && line[end - 1] is '.' or '!' or '?' or '\u2026' or '\u3002';
        }

        private static bool IsKicker(string line) =>
            line.Length <= MaxKickerLength
            && !LineClassifier.HasMoreWordsThan(line, MaxKickerWords)
            && !LineClassifier.EndsSentence(line)
            && !HasDigit(line)
            && !line.EndsWith(",", StringComparison.Ordinal);

        private static bool HasDigit(string line)
        {
            foreach (var c in line)
            {
                if (char.IsDigit(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static string FileNameWithoutExtension(string path)
        {
            var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            var name = slash >= 0 ? path.Substring(slash + 1) : path;
            var dot = name.LastIndexOf('.');
            return dot > 0 ? name.Substring(0, dot) : name;
        }

        private sealed class Body
        {
            public List<BodyLine> Lines { get; } = new();

            public List<string> Credits { get; } = new();

            public List<BoilerplateLine> Boilerplate { get; } = new();

            public bool OneParagraphPerLine { get; set; }
        }

        internal sealed class BodyLine : PageFurniture.ILine
        {
            public BodyLine(string text, TextRange range, int block, LineKind kind)
            {
                Text = text;
                Range = range;
                Block = block;
                Kind = kind;
            }

            public string Text { get; }

            public TextRange Range { get; }

            public int Block { get; }

            public LineKind Kind { get; set; }

            public bool AloneInBlock { get; set; }

            public bool Consumed { get; set; }
        }
    }
}
