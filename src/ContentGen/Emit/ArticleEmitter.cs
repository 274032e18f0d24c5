using System.Collections.Generic;
using System.Linq;
using ContentGen.Generation;
using ContentGen.Generation.Model;
using ContentGen.Text.Model;

namespace ContentGen.Emit
{
    /// <summary>Emits one article's sealed record, with named access to its people and figures.</summary>
    internal static class ArticleEmitter
    {
        // Members the generated sets already have; a person or figure with such a name gets a number.
        private static readonly string[] SetMembers = { "Count", "GetEnumerator", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize", "PersonSet", "FigureSet" };

        public static GeneratedFile Emit(ArticleSpec article, EquatableArray<string> canonicalNames, bool largeCorpus, ArticleNames names, GeneratorSettings settings, TargetFeatures target)
        {
            var ns = "global::" + settings.Namespace;

            // A large article, or any article of a large corpus, embeds its text as UTF-8 data rather than string
            // literals, which share one 16 MB heap per assembly (CS8103 past it). Decoded when the article is first used.
            var useUtf8 = target.SupportsUtf8Literals && (largeCorpus || TextLength(article) > LargeArticleChars);
            string Str(string? value) => useUtf8 ? CSharpLiteral.Utf8OrString(value, ns + ".Utf8Text.Decode") : CSharpLiteral.String(value);
            string Strings(IEnumerable<string> values) =>
                "new string[] { " + string.Join(", ", values.Select(Str)) + (values.Any() ? " }" : "}");
            var type = names.TypeName;
            var w = GeneratedCode.Start(settings.Namespace);
            w.Summary($"“{article.Title}” — from {article.Path}.");
            w.Line(GeneratedCode.Attribute);
            w.Line($"public sealed partial record {type} : {ns}.Article");
            w.Open();
            w.Summary("The one instance of this article, created on first use.");
            w.Line($"internal static readonly {ns}.{type} Instance = new {ns}.{type}();");
            w.Line();
            w.Line($"private {type}()");
            w.Indent().Line(": base(").Indent();
            w.Line($"slug: {Str(article.Slug)},");
            w.Line($"title: {Str(article.Title)},");
            w.Line($"kicker: {Str(article.Kicker)},");
            w.Line($"source: {Str(article.Source)},");
            w.Line($"date: {Date(article, target)},");
            w.Line($"credit: {Str(article.Credit)},");
            w.Line($"author: {Str(article.Author)},");
            w.Line($"tags: {Strings(article.Tags)},");
            w.Line($"path: {Str(article.Path)},");
            w.Line("paragraphs: new string[]");
            w.Open();
            foreach (var paragraph in article.Paragraphs)
            {
                w.Line(Str(paragraph) + ",");
            }

            w.Close("},");
            w.Line($"quotes: new {ns}.Quote[]");
            w.Open();
            foreach (var quote in article.Quotes)
            {
                w.Line($"new {ns}.Quote({Str(quote.Text)}, {Str(quote.Speaker)}, {CSharpLiteral.Int(quote.Paragraph)}),");
            }

            w.Close("},");
            w.Line($"people: new {ns}.{type}.PersonSet(),");
            w.Line($"figures: new {ns}.{type}.FigureSet())");
            w.Outdent().Outdent();
            w.Open().Close();

            w.Line();
            w.Summary("The people named in this article, each also as a property: a renamed person breaks the build of code that uses them.");
            w.Line($"public new {ns}.{type}.PersonSet People => ({ns}.{type}.PersonSet)base.People;");
            w.Line();
            w.Summary("The figures of this article, each also as a property named after what it counts.");
            w.Line($"public new {ns}.{type}.FigureSet Figures => ({ns}.{type}.FigureSet)base.Figures;");
            w.Line();

            var personNames = MemberNames(article.People.Select(p => p.Name), "Person");
            w.Summary($"The people named in “{article.Title}”.");
            w.Line(GeneratedCode.Attribute);
            w.Line($"public sealed class PersonSet : {ns}.PersonList");
            w.Open();
            w.Line("internal PersonSet()");
            w.Indent().Line($": base(new {ns}.Person[]").Open();
            for (var i = 0; i < article.People.Count; i++)
            {
                var person = article.People[i];
                var canonical = i < canonicalNames.Count ? canonicalNames[i] : person.Name;
                w.Line($"new {ns}.Person({Str(person.Name)}, {Strings(person.Spellings)}) {{ CanonicalName = {Str(canonical)} }},");
            }

            w.Close("})").Outdent();
            w.Open().Close();
            for (var i = 0; i < article.People.Count; i++)
            {
                w.Line();
                w.Summary(article.People[i].Name);
                w.Line($"public {ns}.Person {personNames[i]} => this[{CSharpLiteral.Int(i)}];");
            }

            w.Close();
            w.Line();

            var figureNames = MemberNames(article.Figures.Select(f => f.Unit), "Figure");
            w.Summary($"The figures in “{article.Title}”.");
            w.Line(GeneratedCode.Attribute);
            w.Line($"public sealed class FigureSet : {ns}.FigureList");
            w.Open();
            w.Line("internal FigureSet()");
            w.Indent().Line($": base(new {ns}.Figure[]").Open();
            foreach (var figure in article.Figures)
            {
                w.Line($"new {ns}.Figure({CSharpLiteral.Decimal(figure.Value)}, {Str(figure.Unit)}, {Str(figure.Text)}, {Str(figure.Qualifier)}, {CSharpLiteral.Int(figure.Paragraph)}),");
            }

            w.Close("})").Outdent();
            w.Open().Close();
            for (var i = 0; i < article.Figures.Count; i++)
            {
                w.Line();
                w.Summary($"“{article.Figures[i].Text}” (paragraph {article.Figures[i].Paragraph}).");
                w.Line($"public {ns}.Figure {figureNames[i]} => this[{CSharpLiteral.Int(i)}];");
            }

            w.Close();
            w.Close();
            w.Close();
            return new GeneratedFile($"ContentGen.Articles.{type}.g.cs", w.ToString());
        }

        private static string Date(ArticleSpec article, TargetFeatures target)
        {
            if (article.Date is not { } date)
            {
                return "null";
            }

            var type = target.HasDateOnly ? "global::System.DateOnly" : "global::System.DateTime";
            return $"new {type}({date.Year}, {date.Month}, {date.Day})";
        }

        /// <summary>Above this many characters of paragraphs and quotes, an article's text is embedded as UTF-8 data.</summary>
        public const int LargeArticleChars = 100_000;

        private static int TextLength(ArticleSpec article) => article.Paragraphs.Sum(p => p.Length) + article.Quotes.Sum(q => q.Text.Length);

        private static List<string> MemberNames(IEnumerable<string> texts, string fallback)
        {
            var taken = new HashSet<string>(SetMembers, System.StringComparer.Ordinal);
            return texts.Select(t => Identifiers.Unique(Identifiers.Pascal(t, fallback), taken)).ToList();
        }
    }
}
