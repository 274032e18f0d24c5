using System;

namespace ContentGen.Text.Model
{
    /// <summary>
    /// Everything the engine knows about one article file: the typed content the generator emits, plus the
    /// source ranges and findings that the analyzers report. A value: two parses of the same text are equal.
    /// </summary>
    internal sealed record ParsedArticle(
        string Path,
        string Slug,
        string Title,
        TextRange? TitleRange,
        string? Kicker,
        string? Source,
        ArticleDate? Date,
        string? Credit,
        string? Author,
        EquatableArray<string> Tags,
        EquatableArray<string> Accepted,
        EquatableArray<ParsedParagraph> Paragraphs,
        EquatableArray<ParsedQuote> Quotes,
        EquatableArray<ParsedPerson> People,
        EquatableArray<ParsedFigure> Figures,
        EquatableArray<StatedDate> StatedDates,
        EquatableArray<BoilerplateLine> Boilerplate,
        EquatableArray<LineIssue> FrontMatterIssues,
        UnusableReason Unusable)
    {
        /// <summary>
        /// Capitalised words of four letters or more that are not common words or titles, possessive stripped,
        /// each once in reading order: what story clustering compares, gathered while the parse has the tokens.
        /// </summary>
        public EquatableArray<string> ProperNouns { get; init; } = EquatableArray<string>.Empty;

        /// <summary>Where each <see cref="Accepted"/> entry stands in the front matter, in the same order.</summary>
        public EquatableArray<TextRange> AcceptRanges { get; init; } = EquatableArray<TextRange>.Empty;

        /// <summary>True when the file holds no usable article (see <see cref="Unusable"/>).</summary>
        public bool IsUnusable => Unusable != UnusableReason.None;
    }

    /// <summary>Why a file cannot be used as an article at all.</summary>
    public enum UnusableReason
    {
        None,
        Empty,
        WhitespaceOnly,
        Binary,
        Undecodable,
    }

    /// <summary>
    /// One paragraph: its text (lines joined by single spaces) and where each joined line came from, so
    /// that an offset in <see cref="Text"/> maps back to the source file.
    /// </summary>
    internal sealed record ParsedParagraph
    {
        // Most paragraphs are one source line. Its segment is kept inline rather than in a one-element array: a
        // parse keeps dozens of paragraphs alive per article, and every live object costs at each garbage collection.
        // The constructor puts every paragraph in one form (inline when it is one whole line), so equality holds.
        private readonly TextSegment _line;
        private readonly bool _isOneLine;
        private readonly EquatableArray<TextSegment> _segments;

        public ParsedParagraph(string text, EquatableArray<TextSegment> segments)
        {
            Text = text;
            if (segments.Count == 1 && segments[0].TextOffset == 0 && segments[0].Length == text.Length)
            {
                _line = segments[0];
                _isOneLine = true;
            }
            else
            {
                _segments = segments;
            }
        }

        /// <summary>A paragraph that is one source line, starting at <paramref name="sourceStart"/>.</summary>
        public ParsedParagraph(string text, int sourceStart)
        {
            Text = text;
            _line = new TextSegment(0, sourceStart, text.Length);
            _isOneLine = true;
        }

        /// <summary>The paragraph's text: its lines joined by single spaces.</summary>
        public string Text { get; }

        public int SegmentCount => _isOneLine ? 1 : _segments.Count;

        /// <summary>The <paramref name="index"/>th joined line (no allocation, unlike <see cref="Segments"/> for a one-line paragraph).</summary>
        public TextSegment Segment(int index) =>
            !_isOneLine ? _segments[index] : index == 0 ? _line : throw new ArgumentOutOfRangeException(nameof(index));

        /// <summary>Where each joined line came from, in order.</summary>
        public EquatableArray<TextSegment> Segments => _isOneLine ? new EquatableArray<TextSegment>(new[] { _line }) : _segments;

        /// <summary>Maps an offset in <see cref="Text"/> to an offset in the source file.</summary>
        public int ToSource(int offset)
        {
            if (_isOneLine)
            {
                return _line.SourceStart + Math.Min(Math.Max(0, offset), _line.Length);
            }

            var segments = _segments;
            if (segments.Count == 0)
            {
                return 0;
            }

            // The last segment starting at or before the offset (binary search: a paragraph may join thousands of lines).
            int low = 0, high = segments.Count - 1, found = 0;
            while (low <= high)
            {
                var mid = (low + high) / 2;
                if (segments[mid].TextOffset <= offset)
                {
                    found = mid;
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }

            var segment = segments[found];
            var within = Math.Max(0, offset - segment.TextOffset);
            return segment.SourceStart + (within > segment.Length ? segment.Length : within);
        }

        /// <summary>Maps a range of <see cref="Text"/> to the source file.</summary>
        public TextRange ToSource(int start, int length)
        {
            var sourceStart = ToSource(start);
            var sourceEnd = length == 0 ? sourceStart : ToSource(start + length - 1) + 1;
            return TextRange.FromBounds(sourceStart, sourceEnd);
        }
    }

    /// <summary>A piece of a paragraph's text that is a verbatim run of the source file.</summary>
    internal readonly record struct TextSegment(int TextOffset, int SourceStart, int Length);

    /// <summary>A quotation with its speaker when the attribution names one.</summary>
    internal sealed record ParsedQuote(string Text, string? Speaker, int Paragraph, TextRange Range);

    /// <summary>A person named in the article, with every spelling used for them.</summary>
    internal sealed record ParsedPerson(string Name, EquatableArray<string> Spellings, EquatableArray<PersonMention> Mentions)
    {
        /// <summary>The surname as written in <see cref="Name"/>.</summary>
        public string Surname => NameParts.Surname(Name);
    }

    /// <summary>One place where a person is named: the whole name as written and the surname as written.</summary>
    internal readonly record struct PersonMention(string Form, string Surname, TextRange Range, TextRange SurnameRange);

    /// <summary>A number with what it counts: <c>some 2,000 peacekeepers</c>.</summary>
    internal sealed record ParsedFigure(decimal Value, string Unit, string Text, string Qualifier, int Paragraph, TextRange Range);

    /// <summary>A date written in the article, with the weekday written next to it if any.</summary>
    internal readonly record struct StatedDate(int? Year, int Month, int Day, System.DayOfWeek? Weekday, TextRange Range, string Text);

    /// <summary>A scraped line (or the tail of one) that the parser kept out of the paragraphs.</summary>
    internal readonly record struct BoilerplateLine(BoilerplateKind Kind, string Text, TextRange Range);

    /// <summary>What kind of scraped text a <see cref="BoilerplateLine"/> is.</summary>
    public enum BoilerplateKind
    {
        Advertisement,
        CopyrightNotice,
        Newsletter,
        RelatedLinks,
        SharePrompt,
        DanglingCredit,
        TrailingFragment,
        Timestamp,
        Byline,
        Caption,
        PageChrome,
        RepeatedHeadline,
        Feed,
    }

    /// <summary>A line of front matter or of the glossary that could not be used, with the reason.</summary>
    internal readonly record struct LineIssue(int Line, string Message, TextRange Range);
}
