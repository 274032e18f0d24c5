using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Corpus;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG2001: a person's name spelled differently from the spelling used for them across the corpus — the
    /// glossary's canonical spelling where it declares one, else the spelling most articles use. Mentions that
    /// already differ from the article's own first spelling are CG1006's, and are not reported twice.
    /// </summary>
    public sealed class NameVariantRule : ICorpusRule
    {
        public string Id => RuleIds.NameVariant;

        public void Check(CorpusArticle article, CorpusIndex corpus, List<Finding> findings)
        {
            foreach (var person in article.Parsed.People)
            {
                var identity = corpus.People.Of(article.Path, person.Name);
                if (identity is null || (identity.Glossary is null && identity.SurnameUse.Count < 2))
                {
                    continue;
                }

                var canonical = identity.CanonicalSurname;
                var first = person.Mentions[0].Surname;
                foreach (var mention in person.Mentions)
                {
                    if (mention.Surname == canonical || (mention.Surname != first && identity.Glossary is null))
                    {
                        continue;
                    }

                    if (identity.Glossary is { } entry)
                    {
                        findings.Add(new Finding(Id, mention.SurnameRange,
                            $"Name '{mention.Surname}' is spelled '{canonical}' in the glossary ({entry.Canonical}, line {entry.Line}); use the canonical spelling",
                            GlossaryLine(corpus, entry)));
                        continue;
                    }

                    var other = Example(corpus, identity, canonical, article.Path);
                    var users = identity.SurnameUse.TryGetValue(canonical, out var n) ? n : 0;
                    findings.Add(new Finding(Id, mention.SurnameRange,
                        $"Name '{mention.Surname}' is spelled '{canonical}' in {(other is null ? "other articles" : other.Value.Where)}{(users > 1 ? $" and {users - 1} other article{(users > 2 ? "s" : "")}" : string.Empty)}; use one spelling across the corpus",
                        other?.Location));
                }
            }
        }

        /// <summary>The first mention of the canonical spelling in another article, to point at.</summary>
        private static (string Where, RelatedLocation Location)? Example(CorpusIndex corpus, PersonIdentity identity, string canonical, string path)
        {
            foreach (var record in identity.Records.Where(r => r.Path != path).OrderBy(r => r.Path, System.StringComparer.Ordinal))
            {
                var other = corpus.Find(record.Path);
                var person = other?.Parsed.People.FirstOrDefault(p => p.Name == record.Name);
                var mention = person?.Mentions.FirstOrDefault(m => m.Surname == canonical);
                if (other is not null && mention is { } m && m.Surname == canonical)
                {
                    return (other.Where(m.SurnameRange), new RelatedLocation(other.Path, m.SurnameRange));
                }
            }

            return null;
        }

        private static RelatedLocation? GlossaryLine(CorpusIndex corpus, GlossaryName entry) =>
            corpus.Glossary.Path.Length == 0 ? null : new RelatedLocation(corpus.Glossary.Path, entry.Range);
    }
}
