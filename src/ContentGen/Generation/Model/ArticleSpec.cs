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
        EquatableArray<FigureSpec> Figures);

    internal sealed record QuoteSpec(string Text, string? Speaker, int Paragraph);

    internal sealed record PersonSpec(string Name, EquatableArray<string> Spellings);

    internal sealed record FigureSpec(decimal Value, string Unit, string Text, string Qualifier, int Paragraph);

    /// <summary>The C# names one article gets: <c>Articles.{PropertyName}</c> of type <c>{TypeName}</c>.</summary>
    internal sealed record ArticleNames(string Path, string PropertyName, string TypeName);

    /// <summary>A generated source file, by value, so that re-emitting unchanged text stays cached.</summary>
    internal sealed record GeneratedFile(string HintName, string Text);
}
