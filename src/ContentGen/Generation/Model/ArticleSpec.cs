using ContentGen.Text.Corpus;
using ContentGen.Text.Model;

namespace ContentGen.Generation.Model
{
    /// <summary>
    /// What one article's generated record holds: content only, no source positions, so that an edit that changes
    /// no content (a blank line, trailing spaces) leaves the spec equal and the emitted source cached.
    /// </summary>
    internal sealed record ArticleSpec(
        string Path,
        string Slug,
        string Title,
        string? Kicker,
        string? Source,
        ArticleDate? Date,
        string? Credit,
        string? Author,
        EquatableArray<string> Tags,
        EquatableArray<string> Paragraphs,
        EquatableArray<QuoteSpec> Quotes,
        EquatableArray<PersonSpec> People,
        EquatableArray<FigureSpec> Figures,
        StoryFeatures Story);

    internal sealed record QuoteSpec(string Text, string? Speaker, int Paragraph);

    internal sealed record PersonSpec(string Name, EquatableArray<string> Spellings);

    internal sealed record FigureSpec(decimal Value, string Unit, string Text, string Qualifier, int Paragraph);

    /// <summary>The C# names one article gets: <c>Articles.{PropertyName}</c> of type <c>{TypeName}</c>.</summary>
    internal sealed record ArticleNames(string Path, string PropertyName, string TypeName);

    /// <summary>
    /// What of one article the corpus step reads: its people and story features. Collected instead of whole specs, so
    /// that an edit which changes neither (most keystrokes in a paragraph) leaves the corpus step cached.
    /// </summary>
    internal sealed record CorpusKeys(string Path, EquatableArray<PersonSpec> People, StoryFeatures Story);

    /// <summary>What the catalog lists of one article; an edit to its body leaves this equal and the catalog cached.</summary>
    internal sealed record CatalogEntry(string Path, string Slug, string Title);

    /// <summary>What needs the whole corpus: each article's people's canonical names, and the stories.</summary>
    internal sealed record CorpusSpec(EquatableArray<ArticleCanonicalNames> CanonicalNames, EquatableArray<StorySpec> Stories)
    {
        /// <summary>The canonical names of one article's people, in the order of its people (binary search by path).</summary>
        public EquatableArray<string> For(string path)
        {
            var index = SortedByPath.IndexOf(CanonicalNames, path, n => n.Path);
            if (index >= 0)
            {
                return CanonicalNames[index].Names;
            }

            return EquatableArray<string>.Empty;
        }
    }

    internal sealed record ArticleCanonicalNames(string Path, EquatableArray<string> Names);

    /// <summary>A story: the paths of its articles, in path order.</summary>
    internal sealed record StorySpec(EquatableArray<string> Paths);

    /// <summary>A generated source file, by value, so that re-emitting unchanged text stays cached.</summary>
    internal sealed record GeneratedFile(string HintName, string Text);

    /// <summary>One file added to the compilation: one article's source, or several in a large project (see <see cref="SourceFileGroups"/>).</summary>
    internal sealed record GeneratedFileGroup(string HintName, EquatableArray<GeneratedFile> Files);
}
