using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ContentGen.Emit;
using ContentGen.Generation.Model;
using ContentGen.Text.Model;
using ContentGen.Text.Tokens;

namespace ContentGen.Generation
{
    /// <summary>
    /// Decides which generated files the compilation gets: one per article in an ordinary project, a fixed number of
    /// files that each hold several articles in a large one.
    /// </summary>
    /// <remarks>
    /// Roslyn checks each added source's hint name against every source added before it (a linear scan, on every run,
    /// for cached outputs too), so the cost of a run grows with the square of the number of files: at 10,000 files
    /// that was about 700 ms of a one-article edit. Grouping keeps the count at most <see cref="Groups"/>; an article's
    /// group is fixed by a hash of its hint name, so an edit re-emits only the group that holds it.
    /// </remarks>
    internal static class SourceFileGroups
    {
        /// <summary>Up to this many articles, each gets its own file.</summary>
        public const int MaxSeparateFiles = 256;

        /// <summary>The number of files a larger project's articles are spread over.</summary>
        public const int Groups = 256;

        /// <summary>Above this many changed sources a grouping starts afresh rather than from the last one.</summary>
        private const int MaxRegrouped = 64;

        // The last grouping of a large project. A keystroke changes one article's source, and Roslyn hands this step all
        // of them again: regrouping from the last run touches only the edited article's group, and the groups it does
        // not touch are the same objects, which Roslyn's comparison of this step's outputs passes at once
        // (docs/benchmarks.md, tenth session: 10,000 hint names hashed, sorted and compared on every keystroke before).
        // The sources it holds are the ones the generator driver holds for its outputs.
        private static Grouping? s_last;

        /// <param name="all">Each article's source; null where none is generated (C# before 9).</param>
        public static ImmutableArray<GeneratedFileGroup> Group(ImmutableArray<ArticleSource?> all)
        {
            if (all.Length <= MaxSeparateFiles)
            {
                return GroupAfresh(all, out _);
            }

            if (Volatile.Read(ref s_last) is { } last && last.Regroup(all) is { } regrouped)
            {
                Volatile.Write(ref s_last, regrouped);
                return regrouped.Output;
            }

            var output = GroupAfresh(all, out var groupOf);
            Volatile.Write(ref s_last, new Grouping(all, output, groupOf));
            return output;
        }

        /// <param name="groupOf">For each source, the index of its group in the result; -1 for none (null, or a duplicate).</param>
        private static ImmutableArray<GeneratedFileGroup> GroupAfresh(ImmutableArray<ArticleSource?> all, out int[] groupOf)
        {
            groupOf = new int[all.Length];
            // The same file listed twice in AdditionalFiles yields two equal sources: keep one.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var files = new List<ArticleSource>(all.Length);
            for (var i = 0; i < all.Length; i++)
            {
                groupOf[i] = -1;
                if (all[i] is { } file && seen.Add(file.HintName))
                {
                    files.Add(file);
                    groupOf[i] = 0; // included; its group's position is set below
                }
            }

            if (files.Count <= MaxSeparateFiles)
            {
                // Hint names are compared ignoring case and type names are not: AbcArticle and ABCArticle are two
                // types, but the second file would be rejected, so it gets a number.
                var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                for (int i = 0, next = 0; i < all.Length; i++)
                {
                    if (groupOf[i] == 0)
                    {
                        groupOf[i] = next++; // one file each, in order
                    }
                }

                return files.Select(f => new GeneratedFileGroup(UniqueHintName(f.HintName, used), new EquatableArray<ArticleSource>(new[] { f }))).ToImmutableArray();
            }

            var groups = new List<ArticleSource>?[Groups];
            foreach (var file in files)
            {
                (groups[GroupIndex(file)] ??= new List<ArticleSource>()).Add(file);
            }

            var result = ImmutableArray.CreateBuilder<GeneratedFileGroup>();
            var position = new int[Groups];
            for (var i = 0; i < groups.Length; i++)
            {
                position[i] = -1;
                if (groups[i] is { } members)
                {
                    members.Sort((a, b) => string.CompareOrdinal(a.HintName, b.HintName));
                    position[i] = result.Count;
                    result.Add(new GeneratedFileGroup($"ContentGen.Articles.Group{i:D3}.g.cs", members.ToEquatableArray()));
                }
            }

            for (var i = 0; i < all.Length; i++)
            {
                if (groupOf[i] == 0)
                {
                    groupOf[i] = position[GroupIndex(all[i]!)];
                }
            }

            return result.ToImmutable();
        }

        // A stable hash: groups must not move between builds or processes.
        private static int GroupIndex(ArticleSource file) => (int)(StableHash.Of(file.HintName) % Groups);

        private static string UniqueHintName(string hintName, HashSet<string> used)
        {
            if (used.Add(hintName))
            {
                return hintName;
            }

            var stem = hintName.EndsWith(".g.cs", StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - ".g.cs".Length) : hintName;
            for (var n = 2; ; n++)
            {
                var candidate = $"{stem}.{n}.g.cs";
                if (used.Add(candidate))
                {
                    return candidate;
                }
            }
        }

        /// <summary>A grouping and the sources it was made from, position by position.</summary>
        private sealed class Grouping
        {
            public Grouping(ImmutableArray<ArticleSource?> input, ImmutableArray<GeneratedFileGroup> output, int[] groupOf) =>
                (Input, Output, GroupOf) = (input, output, groupOf);

            public ImmutableArray<ArticleSource?> Input { get; }

            public ImmutableArray<GeneratedFileGroup> Output { get; }

            public int[] GroupOf { get; }

            /// <summary>
            /// The grouping of <paramref name="all"/> made from this one, when the two differ only in a few sources that
            /// keep their hint names (an article's text edited); null when it must be made afresh.
            /// </summary>
            public Grouping? Regroup(ImmutableArray<ArticleSource?> all)
            {
                if (all.Length != Input.Length)
                {
                    return null;
                }

                List<int>? changed = null;
                for (var i = 0; i < all.Length; i++)
                {
                    var (before, after) = (Input[i], all[i]);
                    if (ReferenceEquals(before, after))
                    {
                        continue;
                    }

                    if (before is null || after is null || before.HintName != after.HintName || (changed ??= new List<int>()).Count == MaxRegrouped)
                    {
                        return null;
                    }

                    changed.Add(i);
                }

                if (changed is null)
                {
                    return this;
                }

                var output = Output.ToBuilder();
                foreach (var i in changed)
                {
                    // A source left out as a duplicate stays out: the first with its hint name is still before it.
                    var at = GroupOf[i];
                    if (at >= 0)
                    {
                        var members = output[at].Articles.ToArray();
                        var member = Array.FindIndex(members, m => ReferenceEquals(m, Input[i]));
                        if (member < 0)
                        {
                            return null;
                        }

                        members[member] = all[i]!;
                        output[at] = output[at] with { Articles = new EquatableArray<ArticleSource>(members) };
                    }
                }

                return new Grouping(all, output.MoveToImmutable(), GroupOf);
            }
        }
    }
}
