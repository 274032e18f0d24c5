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
            // By path, so that the order the host lists the files in does not matter.
            _articles = new List<ArticleText>(articles).ToArray();
            Array.Sort(_articles, (a, b) => string.CompareOrdinal(a.Article.Path, b.Article.Path));
            _glossaryPath = glossaryPath;
            _glossaryText = glossaryText;
            unchecked
            {
                var hash = _articles.Length;
                foreach (var article in _articles)
                {
                    hash = hash * 31 + RuntimeHelpers.GetHashCode(article);
                }

                _hash = hash * 31 + (glossaryText is null ? 0 : StringComparer.Ordinal.GetHashCode(glossaryText));
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
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as CorpusVersion);

        public override int GetHashCode() => _hash;
    }
}
