using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Corpus;
using ContentGen.Text.Model;
using ContentGen.Text.Parsing;

namespace ContentGen.Text.Corpus
{
    /// <summary>
    /// An article's parse together with its source text, as the checks need both. What the corpus index needs from
    /// the article is computed here once and lives as long as the parse (cached per text by the analyzer), so a new
    /// compilation after one keystroke recomputes it only for the edited article.
    /// </summary>
    internal sealed class ArticleText
    {
        private LineMap? _lines;
        private StoryFeatures? _features;
        private IReadOnlyList<FigureKey>? _figures;
        private IReadOnlyList<QuoteKey>? _quotes;
        private Tuple<(ArticleDate Date, StatedDate Stated, Statement Said)?>? _eventDate; // one reference: safe to publish across threads
        private IReadOnlyList<string>? _furniture;
        private IReadOnlyList<ParsedParagraph>? _prose;
        private Dictionary<string, List<FigureKey>>? _figuresByUnit;

        public ArticleText(ParsedArticle article, string text)
        {
            Article = article;
            Text = text;
        }

        public ParsedArticle Article { get; }

        public string Text { get; }

        public LineMap Lines => _lines ??= new LineMap(Text);

        /// <summary>What decides which story the article belongs to.</summary>
        public StoryFeatures Features => _features ??= StoryFeatures.Of(Article);

        /// <summary>Figures with their unit key and sentence context.</summary>
        public IReadOnlyList<FigureKey> FigureKeys =>
            _figures ??= FigureComparison.Keys(Text, Article, Article.TitleRange is null ? null : Prose()[0]);

        /// <summary>Figures grouped by unit key, so that comparisons only meet figures counting the same thing.</summary>
        public IReadOnlyDictionary<string, List<FigureKey>> FiguresByUnit =>
            _figuresByUnit ??= FigureKeys.GroupBy(f => f.Unit).ToDictionary(g => g.Key, g => g.ToList());

        /// <summary>
        /// The date the lede gives for the event, in prose (<see cref="EventDates.LedeDate"/>), with what its sentence
        /// says: read once per parse, as every article of the story compares with it.
        /// </summary>
        public (ArticleDate Date, StatedDate Stated, Statement Said)? EventDate
        {
            get
            {
                _eventDate ??= Tuple.Create(EventDates.LedeDate(Article, Text) is { } lede
                    ? ((ArticleDate, StatedDate, Statement)?)(lede.Date, lede.Stated, Statement.Around(Text, lede.Stated.Range))
                    : null);
                return _eventDate.Item1;
            }
        }

        /// <summary>Quotes with their normalised words.</summary>
        public IReadOnlyList<QuoteKey> QuoteWords =>
            _quotes ??= Article.Quotes.Select(q => new QuoteKey(q, QuoteComparison.Words(q.Text), QuoteComparison.HoldsAttribution(q.Text))).ToList();

        /// <summary>
        /// True when everything the corpus index derives from an article is the same in both versions: path, slug,
        /// usability, people (names and spellings), story features and furniture lines.
        /// </summary>
        public bool HasSameCorpusKeys(ArticleText other)
        {
            if (ReferenceEquals(this, other))
            {
                return true;
            }

            var a = Article;
            var b = other.Article;
            return a.Path == b.Path && a.Slug == b.Slug && a.IsUnusable == b.IsUnusable
                && a.People.Count == b.People.Count
                && a.People.Zip(b.People, (x, y) => x.Name == y.Name && x.Spellings.Equals(y.Spellings)).All(same => same)
                && Features.Equals(other.Features)
                && FurnitureLines.SequenceEqual(other.FurnitureLines);
        }

        /// <summary>The distinct short unpunctuated lines that could be page furniture.</summary>
        public IReadOnlyList<string> FurnitureLines => _furniture ??= BuildFurnitureLines();

        // Distinct candidate lines in reading order. Most articles have none, so nothing is allocated until one turns up.
        private IReadOnlyList<string> BuildFurnitureLines()
        {
            List<string>? lines = null;
            HashSet<string>? seen = null;
            foreach (var (_, line) in CorpusIndex.ContentLines(Article))
            {
                if (CorpusIndex.IsFurnitureCandidate(line) && (seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(line))
                {
                    (lines ??= new List<string>()).Add(line);
                }
            }

            return lines ?? (IReadOnlyList<string>)Array.Empty<string>();
        }

        /// <summary>The prose blocks to check: the headline and kicker (when inferred from the text) and every paragraph.</summary>
        public IReadOnlyList<ParsedParagraph> Prose() => _prose ??= BuildProse();

        private List<ParsedParagraph> BuildProse()
        {
            var prose = new List<ParsedParagraph>(Article.Paragraphs.Count + 1);
            if (Article.TitleRange is { } title)
            {
                prose.Add(new ParsedParagraph(Article.Title, new EquatableArray<TextSegment>(new[] { new TextSegment(0, title.Start, title.Length) })));
            }

            prose.AddRange(Article.Paragraphs);
            return prose;
        }

        public string Slice(TextRange range) => Text.Substring(range.Start, range.Length);
    }
}
