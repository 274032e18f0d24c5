using System;
using System.Collections.Immutable;
using ContentGen.Generation.Model;
using ContentGen.Text.Glossaries;
using ContentGen.Text.Model;

namespace ContentGen.Generation
{
    /// <summary>
    /// What the generator's corpus step reads, compared by value: every article's people and story features, and the
    /// glossary's names. The key of the corpus spec cache; unchanged articles share their values with the last run
    /// (one spec per parse), so comparing them mostly compares references.
    /// </summary>
    internal sealed class CorpusInputs : IEquatable<CorpusInputs>
    {
        private readonly ImmutableArray<CorpusKeys> _articles;
        private readonly EquatableArray<GlossaryName> _glossary;
        private readonly int _hash;

        public CorpusInputs(ImmutableArray<CorpusKeys> articles, EquatableArray<GlossaryName> glossary)
        {
            _articles = articles;
            _glossary = glossary;
            unchecked
            {
                // Paths and counts: cheap, and enough to tell corpus versions apart; equality decides.
                var hash = articles.Length * 31 + glossary.GetHashCode();
                foreach (var article in articles)
                {
                    hash = hash * 31 + StringComparer.Ordinal.GetHashCode(article.Path) + article.People.Count;
                }

                _hash = hash;
            }
        }

        public bool Equals(CorpusInputs? other)
        {
            if (other is null || _hash != other._hash || _articles.Length != other._articles.Length || !_glossary.Equals(other._glossary))
            {
                return false;
            }

            for (var i = 0; i < _articles.Length; i++)
            {
                if (!_articles[i].Equals(other._articles[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as CorpusInputs);

        public override int GetHashCode() => _hash;
    }
}
