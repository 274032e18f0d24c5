using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Glossaries;
using ContentGen.Text.Model;
using ContentGen.Text.Parsing;

namespace ContentGen.Text.Corpus
{
    /// <summary>
    /// What the checks need to know about all articles together, built once per compilation from per-file
    /// parses: which slugs clash, and which short lines recur verbatim across articles (scraped furniture).
    /// Everything is keyed (by slug, by line text), so building it is linear in the corpus.
    /// </summary>
    internal sealed class CorpusIndex
    {
        /// <summary>A short line in this many articles or more is page furniture, not writing.</summary>
        public const int RepeatedLineThreshold = 3;

        private const int MaxFurnitureWords = 12;

        private readonly Dictionary<string, CorpusArticle> _byPath;
        private readonly Dictionary<string, int> _lineCounts;
        private readonly StoryResolution _resolution;
        private readonly Dictionary<string, string> _storyOf;
        private readonly Dictionary<string, List<CorpusArticle>> _stories;

        public CorpusIndex(IEnumerable<ArticleText> articles, Glossary? glossary = null)
            : this(articles, glossary, previous: null)
        {
        }

        /// <summary>
        /// The index of a new version of the corpus, equal to a fresh one, that takes <paramref name="previous"/>'s
        /// people when no article's people (nor the glossary) changed: an edit in a headline or the first words
        /// re-resolves the stories alone (the stories are kept by <see cref="StoryClustering"/> for equal features).
        /// Where <see cref="Update"/> refuses, this is the rest of a keystroke's path.
        /// </summary>
        public CorpusIndex(IEnumerable<ArticleText> articles, Glossary? glossary, CorpusIndex? previous)
        {
            Glossary = glossary ?? Glossary.Empty;
            (Articles, _byPath) = Index(articles);
            _lineCounts = CountShortLines(_byPath.Values);

            var usable = _byPath.Values.Where(a => !a.Parsed.IsUnusable).ToList();
            var previousUsable = previous?._byPath.Values.Where(a => !a.Parsed.IsUnusable).ToList();
            People = previousUsable is not null && previous!.Glossary.Names.SequenceEqual(Glossary.Names) && SamePeople(previousUsable, usable)
                ? previous.People
                : new PersonIdentities(usable.SelectMany(a => a.Parsed.People.Select(p => new PersonRecord(a.Path, p.Name, p.Spellings))), Glossary.Names);
            _resolution = StoryClustering.Resolve(usable.Select(a => a.Features).ToList());
            _storyOf = _resolution.StoryOf;
            _stories = GroupStories(usable, _storyOf);
        }

        /// <summary>The same articles by path, each with the same slug and usability: what the generated names depend on.</summary>
        public bool HasSameSlugs(CorpusIndex other)
        {
            if (Articles.Count != other.Articles.Count)
            {
                return false;
            }

            for (var i = 0; i < Articles.Count; i++)
            {
                var (a, b) = (Articles[i].Parsed, other.Articles[i].Parsed);
                if (!ReferenceEquals(a, b) && (a.Path != b.Path || a.Slug != b.Slug || a.IsUnusable != b.IsUnusable))
                {
                    return false;
                }
            }

            return true;
        }

        // The same person records in the same order: what the identities are decided from (PersonIdentities takes them
        // with no story, so nothing else of the article counts).
        private static bool SamePeople(List<CorpusArticle> before, List<CorpusArticle> now)
        {
            if (before.Count != now.Count)
            {
                return false;
            }

            for (var i = 0; i < now.Count; i++)
            {
                var (a, b) = (before[i].Parsed, now[i].Parsed);
                if (ReferenceEquals(a, b))
                {
                    continue;
                }

                if (a.Path != b.Path || a.People.Count != b.People.Count)
                {
                    return false;
                }

                for (var p = 0; p < a.People.Count; p++)
                {
                    if (a.People[p].Name != b.People[p].Name || !a.People[p].Spellings.Equals(b.People[p].Spellings))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private CorpusIndex(CorpusIndex previous, IReadOnlyList<CorpusArticle> articles, Dictionary<string, CorpusArticle> byPath, Dictionary<string, List<CorpusArticle>> stories, Glossary glossary)
        {
            Glossary = glossary;
            Articles = articles;
            _byPath = byPath;
            _lineCounts = previous._lineCounts;
            People = previous.People;
            _resolution = previous._resolution;
            _storyOf = previous._storyOf;
            _stories = stories;
        }

        /// <summary>
        /// The index for a new version of the corpus, sharing this one's people, stories and line counts when they
        /// cannot have changed: the same paths, and every article whose text changed still has the same people,
        /// story features, furniture lines, slug and usability (most edits, such as a keystroke in a paragraph);
        /// null otherwise. Linear in the number of articles with cheap look-ups, where a rebuild resolves every name.
        /// </summary>
        public CorpusIndex? Update(IEnumerable<ArticleText> articles, Glossary? glossary = null)
        {
            glossary ??= Glossary.Empty;
            if (!glossary.Names.SequenceEqual(Glossary.Names))
            {
                return null;
            }

            // Each path once (a list may hold a path twice: the first counts), every path of this index, and the parses
            // that changed, by the article they replace. A keystroke changes one of ten thousand: the rest of the index
            // is shared or copied, not rebuilt (docs/benchmarks.md, tenth session).
            var seen = new bool[_byPath.Count];
            var distinct = 0;
            Dictionary<CorpusArticle, CorpusArticle>? replaced = null;
            foreach (var text in articles)
            {
                if (!_byPath.TryGetValue(text.Article.Path, out var old))
                {
                    return null;
                }

                if (seen[old.Slot])
                {
                    continue;
                }

                seen[old.Slot] = true;
                distinct++;
                if (ReferenceEquals(text, old.Article))
                {
                    continue;
                }

                if (!text.HasSameCorpusKeys(old.Article))
                {
                    return null;
                }

                (replaced ??= new Dictionary<CorpusArticle, CorpusArticle>(ReferenceComparer.Instance)).Add(old, new CorpusArticle(text) { Slot = old.Slot });
            }

            if (distinct != _byPath.Count)
            {
                return null;
            }

            if (replaced is null)
            {
                return new CorpusIndex(this, Articles, _byPath, _stories, glossary);
            }

            var byPath = new Dictionary<string, CorpusArticle>(_byPath, StringComparer.Ordinal);
            foreach (var pair in replaced)
            {
                byPath[pair.Key.Path] = pair.Value;
            }

            // Same paths: the previous order holds (a path listed twice is the first's article at both places).
            var ordered = new List<CorpusArticle>(Articles.Count);
            foreach (var article in Articles)
            {
                ordered.Add(replaced.TryGetValue(article, out var now) ? now : ReferenceEquals(_byPath[article.Path], article) ? article : byPath[article.Path]);
            }

            // Same usability and story for every article: only the lists that held a replaced one are copied.
            var stories = new Dictionary<string, List<CorpusArticle>>(_stories, StringComparer.Ordinal);
            HashSet<string>? copied = null;
            foreach (var pair in replaced)
            {
                if (pair.Key.Parsed.IsUnusable || !_storyOf.TryGetValue(pair.Key.Path, out var story))
                {
                    continue;
                }

                if ((copied ??= new HashSet<string>(StringComparer.Ordinal)).Add(story))
                {
                    stories[story] = new List<CorpusArticle>(stories[story]);
                }

                var members = stories[story];
                members[members.FindIndex(a => ReferenceEquals(a, pair.Key))] = pair.Value;
            }

            return new CorpusIndex(this, ordered, byPath, stories, glossary);
        }

        private static (List<CorpusArticle> Ordered, Dictionary<string, CorpusArticle> ByPath) Index(IEnumerable<ArticleText> articles)
        {
            var ordered = articles.Select(a => new CorpusArticle(a)).OrderBy(a => a.Path, StringComparer.Ordinal).ToList();
            var byPath = new Dictionary<string, CorpusArticle>(StringComparer.Ordinal);
            foreach (var article in ordered)
            {
                if (!byPath.ContainsKey(article.Path))
                {
                    article.Slot = byPath.Count;
                    byPath.Add(article.Path, article);
                }
            }

            return (ordered, byPath);
        }

        private static Dictionary<string, List<CorpusArticle>> GroupStories(IEnumerable<CorpusArticle> usable, Dictionary<string, string> storyOf)
        {
            var stories = new Dictionary<string, List<CorpusArticle>>(StringComparer.Ordinal);
            foreach (var article in usable)
            {
                var story = storyOf[article.Path];
                if (!stories.TryGetValue(story, out var members))
                {
                    stories[story] = members = new List<CorpusArticle>();
                }

                members.Add(article);
            }

            return stories;
        }

        public Glossary Glossary { get; }

        /// <summary>Every person across the corpus, with the spelling to use.</summary>
        public PersonIdentities People { get; }

        /// <summary>The other articles of the story this article belongs to (empty for a story of one).</summary>
        public IEnumerable<CorpusArticle> SameStory(CorpusArticle article) =>
            _storyOf.TryGetValue(article.Path, out var story) ? _stories[story].Where(a => a.Path != article.Path) : Enumerable.Empty<CorpusArticle>();

        /// <summary>
        /// The other articles of this article's story that report its event directly (similar enough to compare facts
        /// with), most similar first, then by path: what the cross-article checks compare an article with.
        /// </summary>
        public IEnumerable<CorpusArticle> DirectlyRelated(CorpusArticle article) =>
            _resolution.SimilarTo(article.Path)
                .Where(pair => pair.Value >= StoryClustering.DirectThreshold && _byPath.ContainsKey(pair.Key))
                .OrderByDescending(pair => pair.Value)
                .ThenBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => _byPath[pair.Key]);

        /// <summary>
        /// The other articles of this article's story that do not report its event directly, most similar first, then
        /// by path (those it shares nothing with last): the rest of the story, after <see cref="DirectlyRelated"/>.
        /// </summary>
        public IEnumerable<CorpusArticle> RestOfStory(CorpusArticle article)
        {
            var similar = _resolution.SimilarTo(article.Path);
            return SameStory(article)
                .Where(other => !(similar.TryGetValue(other.Path, out var value) && value >= StoryClustering.DirectThreshold))
                .OrderByDescending(other => similar.TryGetValue(other.Path, out var value) ? value : 0)
                .ThenBy(other => other.Path, StringComparer.Ordinal);
        }

        /// <summary>The stories as paths, in the one order every host shows them (see <see cref="StoryResolution.Stories"/>).</summary>
        public IReadOnlyList<IReadOnlyList<string>> StoryPaths => _resolution.Stories;

        /// <summary>The stories: each story's articles in path order.</summary>
        public IEnumerable<IReadOnlyList<CorpusArticle>> Stories => _stories.Values;

        /// <summary>Articles in order of path.</summary>
        public IReadOnlyList<CorpusArticle> Articles { get; }

        public CorpusArticle? Find(string path) => _byPath.TryGetValue(path, out var article) ? article : null;

        /// <summary>In how many articles a short unpunctuated line stands verbatim (0 for any other line).</summary>
        public int ArticlesWithLine(string line) => _lineCounts.TryGetValue(line, out var count) ? count : 0;

        // The ending first: it is one character, and most lines of prose end a sentence, so few lines are counted.
        public static bool IsFurnitureCandidate(string line) =>
            line.Length >= 4 && line.Length <= 160 && !LineClassifier.EndsSentence(line) && !LineClassifier.HasMoreWordsThan(line, MaxFurnitureWords);

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

        /// <summary>The source lines that make up an article's paragraphs, each with where it stands.</summary>
        public static IEnumerable<(TextSegment Segment, string Line)> ContentLines(ParsedArticle article)
        {
            foreach (var paragraph in article.Paragraphs)
            {
                for (var i = 0; i < paragraph.SegmentCount; i++)
                {
                    var segment = paragraph.Segment(i);

                    // A one-line paragraph is its line: no copy (most paragraphs, and most are not furniture).
                    yield return (segment, segment.TextOffset == 0 && segment.Length == paragraph.Text.Length
                        ? paragraph.Text
                        : paragraph.Text.Substring(segment.TextOffset, segment.Length));
                }
            }
        }

        private sealed class ReferenceComparer : IEqualityComparer<CorpusArticle>
        {
            public static readonly ReferenceComparer Instance = new();

            public bool Equals(CorpusArticle? x, CorpusArticle? y) => ReferenceEquals(x, y);

            public int GetHashCode(CorpusArticle obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }
    }
}
