using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Checks;
using ContentGen.Text.Model;
using ContentGen.Text.Parsing;

namespace ContentGen.Text.Corpus
{
    /// <summary>
    /// What the checks need to know about all articles together, built once per compilation from per-file
    /// parses: which slugs clash, and which short lines recur verbatim across articles (scraped furniture).
    /// Everything is keyed (by slug, by line text), so building it is linear in the corpus.
    /// </summary>
    public sealed class CorpusIndex
    {
        /// <summary>A short line in this many articles or more is page furniture, not writing.</summary>
        public const int RepeatedLineThreshold = 3;

        private const int MaxFurnitureWords = 12;

        private readonly Dictionary<string, CorpusArticle> _byPath;
        private readonly Dictionary<string, int> _lineCounts;
        private readonly Dictionary<string, string> _storyOf;
        private readonly Dictionary<string, List<CorpusArticle>> _stories;

        public CorpusIndex(IEnumerable<ArticleText> articles, Glossary? glossary = null)
        {
            Glossary = glossary ?? Glossary.Empty;
            Articles = articles.Select(a => new CorpusArticle(a)).OrderBy(a => a.Path, StringComparer.Ordinal).ToList();
            _byPath = new Dictionary<string, CorpusArticle>(StringComparer.Ordinal);
            foreach (var article in Articles)
            {
                if (!_byPath.ContainsKey(article.Path))
                {
                    _byPath.Add(article.Path, article);
                }
            }

            _lineCounts = CountShortLines(_byPath.Values);

            var usable = _byPath.Values.Where(a => !a.Parsed.IsUnusable).ToList();
            People = new PersonIdentities(
                usable.SelectMany(a => a.Parsed.People.Select(p => new PersonRecord(a.Path, p.Name, p.Spellings))),
                Glossary.Names);
            _storyOf = StoryClustering.Cluster(usable.Select(a => a.Features).ToList());
            _stories = new Dictionary<string, List<CorpusArticle>>(StringComparer.Ordinal);
            foreach (var article in usable)
            {
                var story = _storyOf[article.Path];
                if (!_stories.TryGetValue(story, out var members))
                {
                    _stories[story] = members = new List<CorpusArticle>();
                }

                members.Add(article);
            }
        }

        public Glossary Glossary { get; }

        /// <summary>Every person across the corpus, with the spelling to use.</summary>
        public PersonIdentities People { get; }

        /// <summary>The other articles of the story this article belongs to (empty for a story of one).</summary>
        public IEnumerable<CorpusArticle> SameStory(CorpusArticle article) =>
            _storyOf.TryGetValue(article.Path, out var story) ? _stories[story].Where(a => a.Path != article.Path) : Enumerable.Empty<CorpusArticle>();

        /// <summary>The stories: each story's articles in path order.</summary>
        public IEnumerable<IReadOnlyList<CorpusArticle>> Stories => _stories.Values;

        /// <summary>Articles in order of path.</summary>
        public IReadOnlyList<CorpusArticle> Articles { get; }

        public CorpusArticle? Find(string path) => _byPath.TryGetValue(path, out var article) ? article : null;

        /// <summary>In how many articles a short unpunctuated line stands verbatim (0 for any other line).</summary>
        public int ArticlesWithLine(string line) => _lineCounts.TryGetValue(line, out var count) ? count : 0;

        public static bool IsFurnitureCandidate(string line) =>
            line.Length >= 4 && line.Length <= 160 && LineClassifier.WordCount(line) <= MaxFurnitureWords && !LineClassifier.EndsSentence(line);

        private static Dictionary<string, int> CountShortLines(IEnumerable<CorpusArticle> articles)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var article in articles)
            {
                foreach (var line in article.Article.FurnitureLines)
                {
                    counts[line] = counts.TryGetValue(line, out var n) ? n + 1 : 1;
                }
            }

            return counts;
        }

        /// <summary>The source lines that make up an article's paragraphs.</summary>
        public static IEnumerable<string> ContentLines(ParsedArticle article)
        {
            foreach (var paragraph in article.Paragraphs)
            {
                foreach (var segment in paragraph.Segments)
                {
                    yield return paragraph.Text.Substring(segment.TextOffset, segment.Length);
                }
            }
        }
    }
}
