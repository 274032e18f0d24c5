using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

        /// <param name="all">Each article's source; null where none is generated (C# before 9).</param>
        public static ImmutableArray<GeneratedFileGroup> Group(ImmutableArray<ArticleSource?> all)
        {
            // The same file listed twice in AdditionalFiles yields two equal sources: keep one.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var files = new List<ArticleSource>(all.Length);
            foreach (var file in all)
            {
                if (file is not null && seen.Add(file.HintName))
                {
                    files.Add(file);
                }
            }

            if (files.Count <= MaxSeparateFiles)
            {
                // Hint names are compared ignoring case and type names are not: AbcArticle and ABCArticle are two
                // types, but the second file would be rejected, so it gets a number.
                var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                return files.Select(f => new GeneratedFileGroup(UniqueHintName(f.HintName, used), new EquatableArray<ArticleSource>(new[] { f }))).ToImmutableArray();
            }

            var groups = new List<ArticleSource>?[Groups];
            foreach (var file in files)
            {
                // A stable hash: groups must not move between builds or processes.
                var index = (int)(StableHash.Of(file.HintName) % Groups);
                (groups[index] ??= new List<ArticleSource>()).Add(file);
            }

            var result = ImmutableArray.CreateBuilder<GeneratedFileGroup>();
            for (var i = 0; i < groups.Length; i++)
            {
                if (groups[i] is { } members)
                {
                    members.Sort((a, b) => string.CompareOrdinal(a.HintName, b.HintName));
                    result.Add(new GeneratedFileGroup($"ContentGen.Articles.Group{i:D3}.g.cs", members.ToEquatableArray()));
                }
            }

            return result.ToImmutable();
        }

        /// <summary>The text of a group's file: its articles' members in one declaration of each class (<see cref="ArticleFileWriter"/>).</summary>
        public static string Text(GeneratedFileGroup group) => ArticleFileWriter.Write(group.Articles);

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
    }
}
