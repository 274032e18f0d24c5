using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Model;

namespace ContentGen.Text.Corpus
{
    /// <summary>
    /// Groups articles into stories: reports of one event. Two articles are similar by what they share, each shared
    /// key weighed by how rare it is in the corpus (a surname in three articles says more than "Russia" in three
    /// hundred); articles dated far apart are never similar. Stories are then merged by average link: two groups
    /// join only when their articles are similar on average, so a chain of pairs that each share a little never
    /// makes one story of unrelated articles. Pairs are found through shared keys only (an inverted index that skips
    /// keys too common to tell stories apart), so the work grows with the corpus, not with its square.
    /// </summary>
    public static class StoryClustering
    {
        /// <summary>The average similarity at which two groups of articles are one story.</summary>
        public const double Threshold = 0.115;

        /// <summary>How similar two articles must be for the checks to compare them directly.</summary>
        public const double DirectThreshold = 0.18;

        private const double PersonWeight = 2.0;
        private const double NameWeight = 1.0;
        private const double UnsharedShare = 0.25;
        private const double NumberWeight = 2.0;
        private const double LeadNameWeight = 2.0;
        private const double TitleWeight = 2.0;
        private const double LeadWeight = 1.0;
        private const int MaxDaysApart = 60;
        private const int MinSharedWords = 2;

        /// <summary>Maps each article's path to its story's id: the path of the story's first article in path order.</summary>
        public static Dictionary<string, string> Cluster(IReadOnlyList<StoryFeatures> articles) => Resolve(articles).StoryOf;

        /// <summary>The stories, and how similar each pair of articles that share one is.</summary>
        public static StoryResolution Resolve(IReadOnlyList<StoryFeatures> articles)
        {
            var ordered = new List<StoryFeatures>(articles);
            ordered.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            var n = ordered.Count;

            // Each article as weighted keys: kind-prefixed so that a surname never meets a headline word.
            var keys = new List<string>[n];
            var df = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < n; i++)
            {
                var list = keys[i] = new List<string>();
                Add(list, "p", ordered[i].People);
                Add(list, "n", ordered[i].Names);
                Add(list, "t", ordered[i].TitleWords);
                Add(list, "l", ordered[i].LeadWords);
                Add(list, "h", ordered[i].LeadNames);
                Add(list, "#", ordered[i].LeadNumbers);
                foreach (var key in list)
                {
                    df[key] = df.TryGetValue(key, out var c) ? c + 1 : 1;
                }
            }

            // A key held by more articles than this is too common to tell stories apart ("Russia", "police"); skipping
            // it also bounds the pairs each key makes.
            var cap = Math.Max(8, n / 10);
            var norms = new double[n];
            var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < n; i++)
            {
                foreach (var key in keys[i])
                {
                    var count = df[key];
                    if (count < 2)
                    {
                        // What only this article says still counts against its similarity to any other, a little:
                        // two long articles that share two rare words are less alike than two short ones.
                        var unshared = Weight(key, 2, n);
                        norms[i] += UnsharedShare * unshared * unshared;
                        continue;
                    }

                    if (count > cap)
                    {
                        continue;
                    }

                    var w = Weight(key, count, n);
                    norms[i] += w * w;
                    if (!postings.TryGetValue(key, out var list))
                    {
                        postings[key] = list = new List<int>();
                    }

                    list.Add(i);
                }
            }

            var dot = new Dictionary<long, (double Sum, int Words)>();
            foreach (var pair in postings)
            {
                var list = pair.Value;
                var w = Weight(pair.Key, list.Count, n);
                var word = pair.Key[0] == 'h' ? 0 : 1; // a name in the lead is also a name of the article: one word
                for (var a = 0; a < list.Count; a++)
                {
                    for (var b = a + 1; b < list.Count; b++)
                    {
                        var id = ((long)list[a] << 32) | (uint)list[b];
                        var s = dot.TryGetValue(id, out var d) ? d : default;
                        dot[id] = (s.Sum + w * w, s.Words + word);
                    }
                }
            }

            var similar = new Dictionary<long, double>();
            foreach (var pair in dot)
            {
                var a = (int)(pair.Key >> 32);
                var b = (int)(pair.Key & 0xFFFFFFFF);
                // One shared word (the town every local report names) never makes two articles one story.
                if (pair.Value.Words < MinSharedWords || FarApart(ordered[a].Date, ordered[b].Date))
                {
                    continue;
                }

                var cosine = pair.Value.Sum / Math.Sqrt(norms[a] * norms[b]);
                if (cosine > 0)
                {
                    similar[pair.Key] = cosine;
                }
            }

            var story = AverageLink.Merge(n, similar, Threshold, keys.Select(k => (IReadOnlyList<string>)k.Where(x => x[0] is 'p' or 'h' && df[x] >= 2).ToList()).ToList());

            // Name each story by its first article in path order, so ids are stable.
            var first = new Dictionary<int, string>();
            var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
            var direct = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
            for (var i = 0; i < n; i++)
            {
                if (!first.ContainsKey(story[i]))
                {
                    first[story[i]] = ordered[i].Path;
                }

                storyOf[ordered[i].Path] = first[story[i]];
            }

            foreach (var pair in similar)
            {
                var a = (int)(pair.Key >> 32);
                var b = (int)(pair.Key & 0xFFFFFFFF);
                if (story[a] == story[b])
                {
                    Link(direct, ordered[a].Path, ordered[b].Path, pair.Value);
                    Link(direct, ordered[b].Path, ordered[a].Path, pair.Value);
                }
            }

            return new StoryResolution(storyOf, direct);
        }

        private static void Link(Dictionary<string, Dictionary<string, double>> direct, string from, string to, double similarity)
        {
            if (!direct.TryGetValue(from, out var map))
            {
                direct[from] = map = new Dictionary<string, double>(StringComparer.Ordinal);
            }

            map[to] = similarity;
        }

        private static void Add(List<string> into, string kind, EquatableArray<string> words)
        {
            foreach (var word in words)
            {
                into.Add(kind + ":" + word);
            }
        }

        // Inverse document frequency, smoothed so that a corpus of two articles still weighs what they share.
        private static double Weight(string key, int count, int articles)
        {
            var kind = key[0] switch
            {
                'p' => PersonWeight,
                'n' => NameWeight,
                't' => TitleWeight,
                'h' => LeadNameWeight,
                '#' => NumberWeight,
                _ => LeadWeight,
            };
            var idf = Math.Log(1.0 + (double)articles / count);
            return kind * idf * idf;
        }

        private static bool FarApart(ArticleDate? a, ArticleDate? b)
        {
            if (a is not { } x || b is not { } y)
            {
                return false;
            }

            var days = Math.Abs((new DateTime(x.Year, x.Month, x.Day) - new DateTime(y.Year, y.Month, y.Day)).TotalDays);
            return days > MaxDaysApart;
        }
    }

    /// <summary>Which story each article is in, and how similar each article is to the others of its story.</summary>
    public sealed class StoryResolution
    {
        private static readonly IReadOnlyDictionary<string, double> None = new Dictionary<string, double>();
        private readonly Dictionary<string, Dictionary<string, double>> _direct;

        internal StoryResolution(Dictionary<string, string> storyOf, Dictionary<string, Dictionary<string, double>> direct)
        {
            StoryOf = storyOf;
            _direct = direct;
        }

        /// <summary>Each article's path mapped to its story's id (the path of the story's first article).</summary>
        public Dictionary<string, string> StoryOf { get; }

        /// <summary>The other articles of the same story this one shares keys with, and how similar each is.</summary>
        public IReadOnlyDictionary<string, double> SimilarTo(string path) => _direct.TryGetValue(path, out var map) ? map : None;
    }
}
