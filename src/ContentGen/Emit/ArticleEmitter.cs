using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ContentGen.Generation;
using ContentGen.Generation.Model;

namespace ContentGen.Emit
{
    /// <summary>
    /// Emits one article: its member on <c>Articles</c> (an instance of the one <c>Article</c> class, unpacked from a
    /// literal on first use) and, when the project's code names them (<see cref="EmitPlan"/>), its named facts as
    /// constants in <c>ArticleFacts.&lt;Name&gt;</c>; <see cref="ArticleFileWriter"/> writes the declarations around them.
    /// </summary>
    /// <remarks>
    /// Articles are data, not types: the compiler's cost per article is one property, one field, one literal and a few
    /// constants (no record and its synthesized members, no list types per article; see docs/benchmarks.md, section 8).
    /// </remarks>
    internal static class ArticleEmitter
    {
        /// <summary>Doc comments list at most this many facts of each kind; the holder has them all.</summary>
        private const int MaxListedFacts = 30;

        // Names a static class inherits from object; a constant named so would hide them (CS0108).
        private static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize" };

        public static ArticleSource Emit(ArticleModel model, OutputOptions options)
        {
            var article = model.Spec;
            var name = model.Names.PropertyName;
            var ns = "global::" + options.Settings.Namespace;
            var people = PeopleFacts(model);
            var figures = FigureFacts(model);
            var hasFacts = people.Count > 0 || figures.Count > 0;

            // Members only: ArticleFileWriter puts a file's articles in one declaration of each class.
            var w = new SourceWriter(ArticleFileWriter.MemberIndent);
            // The facts in the summary itself: completion and quick info show a summary, not remarks.
            w.Line("/// <summary>");
            w.Line("/// " + CSharpLiteral.XmlDoc($"“{article.Title}” — from {article.Path}."));
            if (hasFacts)
            {
                // The holder exists only for articles the code names (ContentGenFacts=All: every article); a cref to
                // a missing one would warn where documentation is generated.
                w.Line(model.EmitFacts
                    ? $"/// Named facts, constants in <see cref=\"{ns}.ArticleFacts.{name}\"/>:"
                    : $"/// Named facts, constants in <c>ArticleFacts.{name}</c> once code names it:");
                ListFacts(w, "people", people.Select(p => p.Member + (p.Canonical == p.Written ? string.Empty : $" (written “{p.Written}” here)")));
                // Names and values only: the holder's constants (and Article.Figures) carry each figure's text and
                // paragraph. Quoted here, they were most of the summary's length, generated text that the compiler
                // server parses, keeps, embeds in the PDB and collects on every build (docs/benchmarks.md, section 8,
                // tenth session).
                ListFacts(w, "figures", figures.Select(f => $"{f.Member} = {f.Value}"));
            }
            else
            {
                w.Line("/// No named people or figures.");
            }

            w.Line("/// </summary>");

            // The text as one literal, compressed where the target can inflate it (PayloadEncoding): a string while the
            // project's articles fit the string budget (the compiler emits one for a tenth of what UTF-8 data costs it),
            // UTF-8 data past it (kept in the assembly's data, not in the 16 MB user-string heap that all string
            // literals share; EmitPlan decides), and a string where the language has no UTF-8 literals. One literal, not a chain of +, which the compiler would fold one step at a time (a
            // 1,000-article build took 66 s that way).
            // In a long IDE session every edit of an article parses a new literal, and Roslyn keeps two process-wide
            // caches that would hold on to it: the lexer's string table (regular literals; verbatim ones are not added)
            // and the green-node cache (small nodes, unless a directive is in them). Verbatim, after a no-op directive,
            // the edited text is garbage once the IDE drops the old tree (docs/benchmarks.md, section 8).
            var utf8 = model.Utf8Payload && options.Target.SupportsUtf8Literals;
            var payload = CSharpLiteral.Verbatim(ArticlePayloadWriter.Embed(article, model.CanonicalNames, options.Target.HasDeflate, utf8));
            w.Line($"public static {ns}.Article {name} => {ns}.Article.Load(ref __{name},");
            w.Line("#nullable enable");
            w.Indent().Line(payload + (utf8 ? "u8);" : ");")).Outdent();
            w.Line();
            w.Line($"private static {ns}.Article? __{name};");
            var members = w.ToString();

            var facts = string.Empty;
            if (hasFacts && model.EmitFacts)
            {
                w = new SourceWriter(ArticleFileWriter.MemberIndent);
                w.Summary($"The named facts of “{article.Title}” ({article.Path}), as constants: code that uses one stops compiling when an edit of the article removes it.");
                w.Line(GeneratedCode.Attribute);
                w.Line($"public static class {name}");
                w.Open();
                if (people.Count > 0)
                {
                    w.Line("/// <summary>");
                    w.Line("/// The people named in this article, each under the name the whole project spells them with (the glossary's,");
                    w.Line("/// else the most used), whatever this article writes. The value is that canonical name (for <c>Article.FindPerson</c>).");
                    w.Line("/// </summary>");
                    w.Line("public static class People");
                    w.Open();
                    for (var i = 0; i < people.Count; i++)
                    {
                        var person = people[i];
                        if (i > 0)
                        {
                            w.Line();
                        }

                        w.Summary(person.Canonical == person.Written ? person.Canonical : $"{person.Canonical} — written “{person.Written}” in this article.");
                        w.Line($"public const string {person.Member} = {CSharpLiteral.String(person.Canonical)};");
                    }

                    w.Close();
                }

                if (figures.Count > 0)
                {
                    if (people.Count > 0)
                    {
                        w.Line();
                    }

                    w.Summary("The figures in this article, each named after what it counts; the value is the number.");
                    w.Line("public static class Figures");
                    w.Open();
                    for (var i = 0; i < figures.Count; i++)
                    {
                        var figure = figures[i];
                        if (i > 0)
                        {
                            w.Line();
                        }

                        w.Summary($"“{figure.Text}” (paragraph {figure.ParagraphNumber}): {figure.Value} {figure.Unit}, {figure.Qualifier}.");
                        w.Line($"public const decimal {figure.Member} = {figure.Value}m;");
                    }

                    w.Close();
                }

                w.Close();
                facts = w.ToString();
            }

            return new ArticleSource($"ContentGen.Articles.{name}.g.cs", options.Settings.Namespace, members, facts);
        }

        private static void ListFacts(SourceWriter w, string kind, IEnumerable<string> facts)
        {
            var all = facts.ToList();
            if (all.Count == 0)
            {
                return;
            }

            var shown = all.Take(MaxListedFacts).Select(CSharpLiteral.XmlDoc);
            var more = all.Count > MaxListedFacts ? $"; and {all.Count - MaxListedFacts} more" : string.Empty;
            w.Line($"/// <para>{kind}: {string.Join("; ", shown)}{more}.</para>");
        }

        /// <summary>People named after their canonical name, so that fixing a spelling in the article keeps the name.</summary>
        private static List<PersonFact> PeopleFacts(ArticleModel model)
        {
            var taken = new HashSet<string>(ObjectMembers.Append("People"), System.StringComparer.Ordinal);
            var people = model.Spec.People;
            var result = new List<PersonFact>(people.Count);
            for (var i = 0; i < people.Count; i++)
            {
                var canonical = i < model.CanonicalNames.Count ? model.CanonicalNames[i] : people[i].Name;
                result.Add(new PersonFact(Identifiers.Unique(Identifiers.Pascal(canonical, "Person"), taken), canonical, people[i].Name));
            }

            return result;
        }

        private static List<FigureFact> FigureFacts(ArticleModel model)
        {
            var taken = new HashSet<string>(ObjectMembers.Append("Figures"), System.StringComparer.Ordinal);
            return model.Spec.Figures
                .Select(f => new FigureFact(
                    Identifiers.Unique(Identifiers.Pascal(f.Unit, "Figure"), taken),
                    f.Value.ToString(CultureInfo.InvariantCulture),
                    f.Unit,
                    f.Text,
                    f.Qualifier,
                    f.Paragraph + 1))
                .ToList();
        }

        private sealed record PersonFact(string Member, string Canonical, string Written);

        private sealed record FigureFact(string Member, string Value, string Unit, string Text, string Qualifier, int ParagraphNumber);
    }
}
