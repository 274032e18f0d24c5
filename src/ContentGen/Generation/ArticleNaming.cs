using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ContentGen.Generation.Model;
using ContentGen.Text.Model;

namespace ContentGen.Generation
{
    /// <summary>
    /// Gives every article its C# names, deterministically: in order of path, the first article keeps the name
    /// its slug gives, and a later one that would collide gets a number (the analyzers report the clash as CG0002).
    /// </summary>
    internal static class ArticleNaming
    {
        /// <summary>
        /// Names the generated <c>Articles</c> and <c>ArticleFacts</c> classes already use, and the names of the nested
        /// <c>People</c> and <c>Figures</c> classes (a type may not hold a member named like itself).
        /// </summary>
        private static readonly string[] Reserved = { "All", "Find", "Stories", "StoryOf", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "Articles", "Article", "ArticleFacts", "People", "Figures" };

        public static EquatableArray<ArticleNames> Assign(ImmutableArray<(string Path, string Slug)> articles)
        {
            var taken = new HashSet<string>(Reserved, StringComparer.Ordinal);
            var names = new List<ArticleNames>(articles.Length);
            var paths = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (path, slug) in articles.OrderBy(a => a.Path, StringComparer.Ordinal))
            {
                if (!paths.Add(path))
                {
                    continue; // listed twice in AdditionalFiles: one article
                }

                var property = Identifiers.Unique(Identifiers.Pascal(slug, "Article"), taken);
                names.Add(new ArticleNames(path, property));
            }

            return names.ToEquatableArray();
        }

        /// <summary>The names of the article at <paramref name="path"/>; <paramref name="names"/> is in path order.</summary>
        public static ArticleNames Find(EquatableArray<ArticleNames> names, string path)
        {
            var index = SortedByPath.IndexOf(names, path, n => n.Path);
            if (index >= 0)
            {
                return names[index];
            }

            throw new InvalidOperationException($"No names were assigned to {path}.");
        }
    }
}
