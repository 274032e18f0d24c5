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

        public static GeneratedFile Emit(ArticleSpec article, EquatableArray<string> canonicalNames, ArticleNames names, GeneratorSettings settings, TargetFeatures target)
        {
            var ns = "global::" + settings.Namespace;
            var type = names.TypeName;
            var w = GeneratedCode.Start(settings.Namespace);
            w.Summary($"“{article.Title}” — from {article.Path}.");
            w.Line(GeneratedCode.Attribute);
            w.Line($"public sealed partial record {type} : {ns}.Article");
            w.Open();
            w.Summary("The one instance of this article, created (and its data unpacked) on first use.");
            w.Line($"internal static readonly {ns}.{type} Instance = new {ns}.{type}({ns}.ArticlePayload.Read(Payload));");
            w.Line();

            // The whole article as one literal: UTF-8 data where the language has it (stored in the assembly's data,
            // not in the 16 MB user-string heap shared by all string literals), else a string constant.
            var payload = ArticlePayloadWriter.Encode(article, canonicalNames);
            var utf8 = target.SupportsUtf8Literals && !CSharpLiteral.HasUnpairedSurrogate(payload);
            var suffix = utf8 ? "u8" : string.Empty;

            // One literal: a chain of + would be folded by the compiler one step at a time, copying the growing
            // constant (measured: a 1,000-article build took 66 s with a line per item, 23 s with one literal).
            w.Line(utf8 ? "private static global::System.ReadOnlySpan<byte> Payload =>" : "private const string Payload =");
            w.Indent().Line(CSharpLiteral.String(payload) + suffix + ";").Outdent();
            w.Line();
            w.Line($"private {type}({ns}.ArticlePayload data)");
            w.Indent().Line($": base(data.Slug, data.Title, data.Kicker, data.Source, {Date(article, target)}, data.Credit, data.Author, data.Tags, data.Path, data.Paragraphs, data.Quotes, new {ns}.{type}.PersonSet(data.People), new {ns}.{type}.FigureSet(data.Figures))").Outdent();
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
            w.Line($"internal PersonSet({ns}.Person[] people)");
            w.Indent().Line(": base(people)").Outdent();
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
            w.Line($"internal FigureSet({ns}.Figure[] figures)");
            w.Indent().Line(": base(figures)").Outdent();
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

        private static List<string> MemberNames(IEnumerable<string> texts, string fallback)
        {
            var taken = new HashSet<string>(SetMembers, System.StringComparer.Ordinal);
            return texts.Select(t => Identifiers.Unique(Identifiers.Pascal(t, fallback), taken)).ToList();
        }
    }
}
