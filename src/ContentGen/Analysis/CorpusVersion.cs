using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using ContentGen.Text.Corpus;

namespace ContentGen.Analysis
{
    /// <summary>
    /// One version of a project's articles and glossary, as the engine sees it: every article's parse (by reference:
    /// <see cref="Inputs.ParseCache"/> gives one parse per path and content) and the glossary's path and text. Two
    /// compilations with equal versions get equal findings, so the key of <see cref="CorpusResults"/>.
    /// </summary>
    internal sealed class CorpusVersion : IEquatable<CorpusVersion>
    {
        private readonly ArticleText[] _articles;
        private readonly string? _glossaryPath;
        private readonly string? _glossaryText;
        private readonly int _hash;

        public CorpusVersion(IEnumerable<ArticleText> articles, string? glossaryPath, string? glossaryText)
        {
            // In the host's order, with a hash that ignores order: sorting ten thousand paths on every keystroke cost more
            // than the rest of the comparison. Equal versions listed in another order still compare equal (below).
            _articles = new List<ArticleText>(articles).ToArray();
            _glossaryPath = glossaryPath;
            _glossaryText = glossaryText;
            unchecked
            {
                var sum = 0;
                foreach (var article in _articles)
                {
                    sum += Mix(RuntimeHelpers.GetHashCode(article));
                }

                _hash = (sum * 31 + _articles.Length) * 31 + (glossaryText is null ? 0 : StringComparer.Ordinal.GetHashCode(glossaryText));
            }
        }

        public bool Equals(CorpusVersion? other)
        {
            if (other is null || _hash != other._hash || _articles.Length != other._articles.Length
                || _glossaryPath != other._glossaryPath || _glossaryText != other._glossaryText)
            {
                return false;
            }

            for (var i = 0; i < _articles.Length; i++)
            {
                if (!ReferenceEquals(_articles[i], other._articles[i]))
                {
                    return SameInAnyOrder(_articles, other._articles);
                }
            }

            return true;
        }

        /// <summary>Whether two lists hold the same parses as often each (the same file may be listed twice).</summary>
        private static bool SameInAnyOrder(ArticleText[] left, ArticleText[] right)
        {
            var counts = new Dictionary<ArticleText, int>(left.Length, ReferenceComparer.Instance);
            foreach (var article in left)
            {
                counts[article] = counts.TryGetValue(article, out var n) ? n + 1 : 1;
            }

            foreach (var article in right)
            {
                if (!counts.TryGetValue(article, out var n) || n == 0)
                {
                    return false;
                }

                counts[article] = n - 1;
            }

            return true;
        }

        // Spreads the bits of an identity hash, so that a sum of them rarely collides.
        private static int Mix(int hash)
        {
            unchecked
            {
                var h = (uint)hash * 0x9E3779B1u;
                return (int)(h ^ (h >> 15));
            }
        }

        public override bool Equals(object? obj) => Equals(obj as CorpusVersion);

        public override int GetHashCode() => _hash;

        private sealed class ReferenceComparer : IEqualityComparer<ArticleText>
        {
            public static readonly ReferenceComparer Instance = new();

            public bool Equals(ArticleText? x, ArticleText? y) => ReferenceEquals(x, y);

            public int GetHashCode(ArticleText obj) => RuntimeHelpers.GetHashCode(obj);
        }
    }
}
