using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
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
    internal static class StoryClustering
    {
        /// <summary>The average similarity at which two groups of articles are one story.</summary>
        public const double Threshold = 0.105;

        /// <summary>How similar two articles must be for the checks to compare them directly.</summary>
        public const double DirectThreshold = 0.18;

        private const double PersonWeight = 3.0;
        private const double NameWeight = 1.0;
        private const double UnsharedShare = 0.25;
        private const double NumberWeight = 2.0;
        private const double LeadNameWeight = 2.0;
        private const double TitleWeight = 2.0;
        private const double LeadWeight = 1.0;
        private const int MaxDaysApart = 60;
        private const int MinSharedWords = 2;
        private const int CandidateKeys = 32;
        private const int MaxCandidatePostings = 32;

        /// <summary>Maps each article's path to its story's id: the path of the story's first article in path order.</summary>
        public static Dictionary<string, string> Cluster(IReadOnlyList<StoryFeatures> articles) => Resolve(articles).StoryOf;

        /// <summary>The stories, and how similar each pair of articles that share one is.</summary>
        public static StoryResolution Resolve(IReadOnlyList<StoryFeatures> articles)
        {
            var ordered = new List<StoryFeatures>(articles);
            ordered.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));

            // The last corpus resolved, when it had the same features: in an editor the generator and the analyzer each
            // resolve the same version of the corpus, and an edit that changes no article's features needs no new one.
            if (Volatile.Read(ref s_last) is { } last && last.Ordered.SequenceEqual(ordered))
            {
                return last.Resolution;
            }

            var resolution = ResolveAfresh(ordered);
            Volatile.Write(ref s_last, new LastResolution(ordered, resolution));
            return resolution;
        }

        private static LastResolution? s_last;

        private sealed class LastResolution
        {
            public LastResolution(List<StoryFeatures> ordered, StoryResolution resolution) => (Ordered, Resolution) = (ordered, resolution);

            public List<StoryFeatures> Ordered { get; }

            public StoryResolution Resolution { get; }
        }

        private static StoryResolution ResolveAfresh(List<StoryFeatures> ordered)
        {
            var n = ordered.Count;

            // Each article as keys (kind-prefixed, so that a surname never meets a headline word; computed once per
            // parse), numbered so that the rest works on sorted integer arrays.
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            var names = new List<string>();
            var df = new List<int>();
            var keys = new int[n][];
            for (var i = 0; i < n; i++)
            {
                var mine = new HashSet<int>();
                foreach (var key in ordered[i].Keys)
                {
                    if (!ids.TryGetValue(key, out var id))
                    {
                        ids[key] = id = names.Count;
                        names.Add(key);
                        df.Add(0);
                    }

                    if (mine.Add(id))
                    {
                        df[id]++;
                    }
                }

                keys[i] = mine.ToArray();
                Array.Sort(keys[i]);
            }

            // A key held by more articles than this is too common to tell stories apart ("Russia", "police").
            var cap = Math.Max(8, n / 10);
            var weight = new double[names.Count];
            for (var k = 0; k < weight.Length; k++)
            {
                weight[k] = df[k] >= 2 && df[k] <= cap ? Weight(names[k], df[k], n) : 0;
            }

            var norms = new double[n];
            for (var i = 0; i < n; i++)
            {
                foreach (var k in keys[i])
                {
                    if (df[k] < 2)
                    {
                        // What only this article says still counts against its similarity to any other, a little:
                        // two long articles that share two rare words are less alike than two short ones.
                        var unshared = Weight(names[k], 2, n);
                        norms[i] += UnsharedShare * unshared * unshared;
                    }
                    else
                    {
                        norms[i] += weight[k] * weight[k];
                    }
                }
            }

            // Candidate pairs come only through each article's most specific keys: two reports of one event share
            // their rarest keys (the names and numbers of that event), and a bounded number of keys per article keeps
            // the pairs about linear in the corpus whatever its vocabulary.
            var postings = new Dictionary<int, List<int>>();
            for (var i = 0; i < n; i++)
            {
                foreach (var k in MostSpecific(keys[i], weight))
                {
                    if (!postings.TryGetValue(k, out var list))
                    {
                        postings[k] = list = new List<int>();
                    }

                    list.Add(i);
                }
            }

            var candidates = new HashSet<long>();
            foreach (var list in postings.Values)
            {
                // A key that this many articles count among their rarest is no one story's (a corpus of one topic):
                // its pairs would be quadratic, and the pairs that matter meet through rarer keys.
                if (list.Count > MaxCandidatePostings)
                {
                    continue;
                }

                for (var a = 0; a < list.Count; a++)
                {
                    for (var b = a + 1; b < list.Count; b++)
                    {
                        candidates.Add(((long)list[a] << 32) | (uint)list[b]);
                    }
                }
            }

            var similar = new Dictionary<long, double>();
            foreach (var id in candidates)
            {
                var a = (int)(id >> 32);
                var b = (int)(id & 0xFFFFFFFF);
                var (sum, words) = Shared(keys[a], keys[b], weight, names);

                // One shared word (the town every local report names) never makes two articles one story.
                if (words < MinSharedWords || FarApart(ordered[a].Date, ordered[b].Date))
                {
                    continue;
                }

                var cosine = sum / Math.Sqrt(norms[a] * norms[b]);
                if (cosine > 0)
                {
                    similar[id] = cosine;
                }
            }

            var story = AverageLink.Merge(n, similar, Threshold, keys.Select(k => (IReadOnlyList<string>)k.Where(x => names[x][0] is 'p' or 'h' && df[x] >= 2).Select(x => names[x]).ToList()).ToList());

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

        // The article's keys of the highest weight (the rarest), at most CandidateKeys of them.
        private static IEnumerable<int> MostSpecific(int[] keys, double[] weight)
        {
            var usable = new List<int>(keys.Length);
            foreach (var k in keys)
            {
                if (weight[k] > 0)
                {
                    usable.Add(k);
                }
            }

            if (usable.Count <= CandidateKeys)
            {
                return usable;
            }

            usable.Sort((x, y) => weight[y] != weight[x] ? weight[y].CompareTo(weight[x]) : x.CompareTo(y));
            return usable.GetRange(0, CandidateKeys);
        }

        // The weighted overlap of two sorted key arrays, and how many words they share (a name in the lead is also a
        // name of the article: one word).
        private static (double Sum, int Words) Shared(int[] a, int[] b, double[] weight, List<string> names)
        {
            double sum = 0;
            var words = 0;
            for (int i = 0, j = 0; i < a.Length && j < b.Length;)
            {
                if (a[i] < b[j])
                {
                    i++;
                }
                else if (a[i] > b[j])
                {
                    j++;
                }
                else
                {
                    var w = weight[a[i]];
                    if (w > 0)
                    {
                        sum += w * w;
                        words += names[a[i]][0] == 'h' ? 0 : 1;
                    }

                    i++;
                    j++;
                }
            }

            return (sum, words);
        }

        private static void Link(Dictionary<string, Dictionary<string, double>> direct, string from, string to, double similarity)
        {
            if (!direct.TryGetValue(from, out var map))
            {
                direct[from] = map = new Dictionary<string, double>(StringComparer.Ordinal);
            }

            map[to] = similarity;
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
}
