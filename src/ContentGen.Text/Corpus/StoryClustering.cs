using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Extraction;
using ContentGen.Text.Model;

namespace ContentGen.Text.Corpus
{
    /// <summary>What decides whether two articles report one story: people, proper nouns, headline words, date.</summary>
    public sealed record StoryFeatures(string Path, string Title, ArticleDate? Date, EquatableArray<string> People, EquatableArray<string> Names, EquatableArray<string> TitleWords)
    {
        /// <summary>Features of a parsed article: people by surname skeleton, other proper nouns by skeleton.</summary>
        public static StoryFeatures Of(ParsedArticle article)
        {
            var people = new HashSet<string>(StringComparer.Ordinal);
            var personWords = new HashSet<string>(StringComparer.Ordinal);
            foreach (var person in article.People)
            {
                people.Add(NameSkeleton.Of(person.Surname));
                foreach (var spelling in person.Spellings)
                {
                    foreach (var word in spelling.Split(' '))
                    {
                        personWords.Add(NameSkeleton.Of(word));
                    }
                }
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in article.ProperNouns)
            {
                var key = NameSkeleton.Of(word);
                if (!personWords.Contains(key))
                {
                    names.Add(key);
                }
            }

            // Longer headline words ("ferry", "reopens"), folded like names so "Pier"/"pier" meet.
            var titleWords = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in Tokenizer.Tokenize(article.Title))
            {
                if (token.IsWord && token.Length >= 5)
                {
                    var word = NameSkeleton.Of(token.Text);
                    if (!names.Contains(word) && !people.Contains(word))
                    {
                        titleWords.Add(word);
                    }
                }
            }

            return new StoryFeatures(article.Path, article.Title, article.Date, Sorted(people), Sorted(names), Sorted(titleWords));
        }

        private static EquatableArray<string> Sorted(HashSet<string> set)
        {
            var items = new string[set.Count];
            set.CopyTo(items);
            Array.Sort(items, StringComparer.Ordinal);
            return new EquatableArray<string>(items);
        }
    }

    /// <summary>
    /// Groups articles into stories. Pairs are scored only through shared keys (an inverted index over people and
    /// proper nouns, ignoring keys so common they say nothing), so the work grows with the corpus, not its square.
    /// A shared person counts 3, a shared proper noun or headline word 1; articles dated more than a week apart are
    /// never one story.
    /// </summary>
    public static class StoryClustering
    {
        public const int Threshold = 5;
        private const int PersonWeight = 3;
        private const int MaxDaysApart = 7;

        /// <summary>Maps each article's path to its story's id: the path of the story's first article in path order.</summary>
        public static Dictionary<string, string> Cluster(IReadOnlyList<StoryFeatures> articles)
        {
            var ordered = articles.OrderBy(a => a.Path, StringComparer.Ordinal).ToList();
            var sets = new UnionFind(ordered.Count);

            // A key held by more articles than this is too common to tell stories apart ("Russia", "Monday").
            var cap = Math.Max(8, ordered.Count / 50);
            var scores = new Dictionary<long, int>();
            void Score(Func<StoryFeatures, IEnumerable<string>> keys, int weight)
            {
                var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
                for (var i = 0; i < ordered.Count; i++)
                {
                    foreach (var key in keys(ordered[i]))
                    {
                        if (!postings.TryGetValue(key, out var list))
                        {
                            postings[key] = list = new List<int>();
                        }

                        list.Add(i);
                    }
                }

                foreach (var list in postings.Values)
                {
                    if (list.Count < 2 || list.Count > cap)
                    {
                        continue;
                    }

                    for (var a = 0; a < list.Count; a++)
                    {
                        for (var b = a + 1; b < list.Count; b++)
                        {
                            var pair = ((long)list[a] << 32) | (uint)list[b];
                            scores[pair] = (scores.TryGetValue(pair, out var s) ? s : 0) + weight;
                        }
                    }
                }
            }

            Score(f => f.People, PersonWeight);
            Score(f => f.Names, 1);
            Score(f => f.TitleWords, 1);

            foreach (var pair in scores)
            {
                var a = (int)(pair.Key >> 32);
                var b = (int)(pair.Key & 0xFFFFFFFF);
                if (pair.Value >= Threshold && !FarApart(ordered[a].Date, ordered[b].Date))
                {
                    sets.Union(a, b);
                }
            }

            // Name each story by its first article in path order, so ids are stable.
            var first = new Dictionary<int, string>();
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < ordered.Count; i++)
            {
                var root = sets.Find(i);
                if (!first.ContainsKey(root))
                {
                    first[root] = ordered[i].Path;
                }

                result[ordered[i].Path] = first[root];
            }

            return result;
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
