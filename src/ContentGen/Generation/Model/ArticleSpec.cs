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

    /// <summary>
    /// The C# name one article gets: <c>Articles.{PropertyName}</c> for the article, <c>ArticleFacts.{PropertyName}</c>
    /// for its named facts.
    /// </summary>
    internal sealed record ArticleNames(string Path, string PropertyName);

    /// <summary>
    /// What one article's generated source is made of: its content, the canonical names of its people (in the order of
    /// <see cref="ArticleSpec.People"/>), its C# name, how it is emitted (<see cref="EmitPlan"/>) and the output options.
    /// Equal unless one of them changed, so an edit elsewhere leaves this article's source cached.
    /// </summary>
    internal sealed record ArticleModel(ArticleSpec Spec, EquatableArray<string> CanonicalNames, ArticleNames Names, OutputOptions Output, bool Utf8Payload = false, bool EmitFacts = true);

    /// <summary>What the emit plan reads of one article: how many characters its string literal takes, plain and compressed.</summary>
    internal sealed record PayloadSize(string Path, int Plain, int Compressed);

    /// <summary>
    /// The choices that depend on the whole project, made once: which articles' data goes into UTF-8 data instead of a
    /// string literal (paths, sorted), and whose facts holders are generated (every article's, or those named in code:
    /// C# names, sorted).
    /// </summary>
    internal sealed record EmitPlan(EquatableArray<string> Utf8Paths, bool AllFacts, EquatableArray<string> FactsNames);

    /// <summary>What every generated file depends on: the project's settings and what its compilation offers.</summary>
    internal sealed record OutputOptions(GeneratorSettings Settings, TargetFeatures Target);

    /// <summary>
    /// What the catalog lists: every article's C# name, in path order, and the stories. An edit of an article's text
    /// changes neither, and the catalog stays cached.
    /// </summary>
    internal sealed record CatalogModel(EquatableArray<ArticleNames> Names, EquatableArray<StorySpec> Stories);

    /// <summary>
    /// What of one article the naming and corpus steps read: its slug, people and story features. Collected instead of
    /// whole specs, so that an edit which changes none of them (most keystrokes in a paragraph) leaves both cached.
    /// </summary>
    internal sealed record CorpusKeys(string Path, string Slug, EquatableArray<PersonSpec> People, StoryFeatures Story);

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

    /// <summary>
    /// One article's generated members, without the declarations around them: its members of <c>Articles</c> and, where
    /// emitted, its holder class in <c>ArticleFacts</c> (empty otherwise), each indented to sit inside its class.
    /// </summary>
    /// <remarks>
    /// The file writer (<see cref="ContentGen.Emit.ArticleFileWriter"/>) puts a file's articles inside one declaration of each
    /// class: a declaration per article costs the compiler about 0.2 ms each to bind, 2 s at 10,000 articles
    /// (docs/benchmarks.md, section 8, ninth session).
    /// </remarks>
    internal sealed record ArticleSource(string HintName, string Namespace, string Members, string Facts);

    /// <summary>One file added to the compilation: one article's source, or several in a large project (see <see cref="SourceFileGroups"/>).</summary>
    internal sealed record GeneratedFileGroup(string HintName, EquatableArray<ArticleSource> Articles);
}
