using System.Text;
using ContentGen.Text.Corpus;

namespace ContentGen.Cli.Lsp;

/// <summary>
/// Hover over a person's name: the spelling to use (the glossary's, else the one most articles use) and every other
/// spelling of that person the corpus holds, with the articles that use it.
/// </summary>
internal static class PersonHover
{
    private const int MaxArticlesPerSpelling = 5;

    public static Hover? At(CorpusArticle article, CorpusIndex corpus, int offset, TextPositions positions)
    {
        foreach (var person in article.Parsed.People)
        {
            foreach (var mention in person.Mentions)
            {
                var range = Covers(mention.Range, offset) ? mention.Range : Covers(mention.SurnameRange, offset) ? mention.SurnameRange : default;
                if (range.Length == 0)
                {
                    continue;
                }

                var identity = corpus.People.Of(article.Path, person.Name);
                var canonical = identity?.CanonicalName is { Length: > 0 } name ? name : person.Name;
                var text = new StringBuilder();
                text.Append("**").Append(canonical).Append("**");
                text.Append(identity?.Glossary is not null ? " — the glossary's spelling" : " — the spelling most articles use");
                text.Append("\n\n");
                var others = OtherSpellings(identity, article.Path, person.Spellings, canonical);
                if (others.Count == 0)
                {
                    text.Append("No other spelling of this name in the corpus.");
                }
                else
                {
                    text.Append("Other spellings seen:\n");
                    foreach (var (spelling, paths) in others)
                    {
                        var shown = string.Join(", ", paths.Take(MaxArticlesPerSpelling).Select(p => $"`{p}`"));
                        var more = paths.Count > MaxArticlesPerSpelling ? $" and {paths.Count - MaxArticlesPerSpelling} more" : string.Empty;
                        text.Append("- ").Append(spelling).Append(" (").Append(shown).Append(more).Append(")\n");
                    }
                }

                return new Hover(new MarkupContent("markdown", text.ToString().TrimEnd()), positions.RangeOf(range.Start, range.End));
            }
        }

        return null;
    }

    private static bool Covers(Text.Model.TextRange range, int offset) => range.Length > 0 && offset >= range.Start && offset <= range.End;

    /// <summary>Spellings other than the canonical one, each with the articles (this one first) that write it.</summary>
    private static List<(string Spelling, List<string> Paths)> OtherSpellings(PersonIdentity? identity, string path, IEnumerable<string> ownSpellings, string canonical)
    {
        var bySpelling = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string spelling, string where)
        {
            // The canonical name, or its surname alone, is not another spelling.
            if (string.Equals(spelling, canonical, StringComparison.Ordinal) || canonical.EndsWith(" " + spelling, StringComparison.Ordinal))
            {
                return;
            }

            if (!bySpelling.TryGetValue(spelling, out var paths))
            {
                bySpelling[spelling] = paths = new List<string>();
            }

            if (!paths.Contains(where))
            {
                paths.Add(where);
            }
        }

        foreach (var spelling in ownSpellings)
        {
            Add(spelling, path);
        }

        foreach (var record in identity?.Records ?? Enumerable.Empty<PersonRecord>())
        {
            foreach (var spelling in record.Spellings)
            {
                Add(spelling, record.Path);
            }
        }

        return bySpelling.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value)).ToList();
    }
}
