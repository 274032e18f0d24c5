using System;
using System.Collections.Generic;

namespace ContentGen.Text.Corpus
{
    /// <summary>
    /// Average-link agglomerative clustering over a sparse similarity graph: repeatedly joins the two groups whose
    /// articles are most similar on average (a missing pair counts as 0) while that average reaches the threshold.
    /// Unlike joining every similar pair (single link), a group grows only by what is similar to most of it: more
    /// than half the pairs across two groups must be similar at all, or a strong pair would carry a stranger in.
    /// Each join updates the sums of the joined groups' neighbours only: about E log E for E similar pairs.
    /// </summary>
    internal static class AverageLink
    {
        // Two groups of at least this many articles, each with a name that this share of it gives and at most
        // RareShare of the other does, are two events (see AboutOthers).
        private const int MinCoreGroup = 4;
        private const double CoreShare = 0.7;
        private const double RareShare = 0.1;

        /// <summary>The group of each item 0..n-1, identified by its lowest item.</summary>
        public static int[] Merge(int n, Dictionary<long, double> similarity, double threshold, IReadOnlyList<IReadOnlyList<string>>? names = null)
        {
            // Per group: how many of its items name each key (only kept when names are given).
            var counts = new Dictionary<string, int>?[n];
            if (names is not null)
            {
                for (var i = 0; i < n; i++)
                {
                    var c = counts[i] = new Dictionary<string, int>(StringComparer.Ordinal);
                    foreach (var key in names[i])
                    {
                        c[key] = 1;
                    }
                }
            }

            var members = new List<int>?[n];
            var sums = new Dictionary<int, double>?[n]; // group -> neighbouring group -> sum of pair similarities
            var links = new Dictionary<int, int>?[n]; // group -> neighbouring group -> how many of its pairs are similar
            for (var i = 0; i < n; i++)
            {
                members[i] = new List<int>(1) { i };
            }

            // Best first; ties by the lower pair of ids, so the result never depends on dictionary order.
            var queue = new SortedSet<(double Average, int A, int B)>(Comparer<(double Average, int A, int B)>.Create((x, y) =>
            {
                var c = y.Average.CompareTo(x.Average);
                if (c != 0)
                {
                    return c;
                }

                c = x.A.CompareTo(y.A);
                return c != 0 ? c : x.B.CompareTo(y.B);
            }));

            (double, int, int) Entry(int a, int b) =>
                (sums[a]![b] / ((double)members[a]!.Count * members[b]!.Count), Math.Min(a, b), Math.Max(a, b));

            foreach (var pair in similarity)
            {
                var a = (int)(pair.Key >> 32);
                var b = (int)(pair.Key & 0xFFFFFFFF);
                (sums[a] ??= new Dictionary<int, double>())[b] = pair.Value;
                (sums[b] ??= new Dictionary<int, double>())[a] = pair.Value;
                (links[a] ??= new Dictionary<int, int>())[b] = 1;
                (links[b] ??= new Dictionary<int, int>())[a] = 1;
                if (pair.Value >= threshold)
                {
                    queue.Add(Entry(a, b));
                }
            }

            while (queue.Count > 0)
            {
                var (_, keep, gone) = queue.Min;
                var pairs = members[keep]!.Count * members[gone]!.Count;
                if (links[keep]![gone] * 2 <= pairs ||
                    (names is not null && AboutOthers(counts[keep]!, members[keep]!.Count, counts[gone]!, members[gone]!.Count)))
                {
                    queue.Remove(queue.Min);
                    continue;
                }

                // Every entry that mentions either group is out of date now (removing an absent one is a no-op).
                foreach (var other in sums[keep]!.Keys)
                {
                    queue.Remove(Entry(keep, other));
                }

                foreach (var other in sums[gone]!.Keys)
                {
                    queue.Remove(Entry(gone, other));
                }

                // The joined group's sums are the sums of both groups'.
                var merged = sums[keep]!;
                var mergedLinks = links[keep]!;
                merged.Remove(gone);
                mergedLinks.Remove(gone);
                foreach (var pair in sums[gone]!)
                {
                    if (pair.Key != keep)
                    {
                        merged[pair.Key] = (merged.TryGetValue(pair.Key, out var s) ? s : 0) + pair.Value;
                        mergedLinks[pair.Key] = (mergedLinks.TryGetValue(pair.Key, out var l) ? l : 0) + links[gone]![pair.Key];
                        sums[pair.Key]!.Remove(gone);
                        links[pair.Key]!.Remove(gone);
                    }
                }

                sums[gone] = null;
                links[gone] = null;
                if (names is not null)
                {
                    foreach (var pair in counts[gone]!)
                    {
                        counts[keep]![pair.Key] = (counts[keep]!.TryGetValue(pair.Key, out var c) ? c : 0) + pair.Value;
                    }

                    counts[gone] = null;
                }
                members[keep]!.AddRange(members[gone]!);
                members[gone] = null;
                foreach (var pair in merged)
                {
                    sums[pair.Key]![keep] = pair.Value;
                    links[pair.Key]![keep] = mergedLinks[pair.Key];
                    var entry = Entry(keep, pair.Key);
                    if (entry.Item1 >= threshold)
                    {
                        queue.Add(entry);
                    }
                }
            }

            var group = new int[n];
            for (var g = 0; g < n; g++)
            {
                foreach (var item in members[g] ?? (IEnumerable<int>)Array.Empty<int>())
                {
                    group[item] = g;
                }
            }

            return group;
        }

        /// <summary>
        /// Two groups of reports, each about someone or somewhere the other hardly names (two fights of one boxer
        /// against different opponents, two earthquakes in different towns): two events of one kind, not one event.
        /// </summary>
        private static bool AboutOthers(Dictionary<string, int> a, int sizeA, Dictionary<string, int> b, int sizeB) =>
            sizeA >= MinCoreGroup && sizeB >= MinCoreGroup && HasOwnCore(a, sizeA, b, sizeB) && HasOwnCore(b, sizeB, a, sizeA);

        private static bool HasOwnCore(Dictionary<string, int> mine, int mySize, Dictionary<string, int> theirs, int theirSize)
        {
            foreach (var pair in mine)
            {
                if (pair.Value >= CoreShare * mySize && (theirs.TryGetValue(pair.Key, out var c) ? c : 0) <= RareShare * theirSize)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
