using ContentGen.Generation.Model;
using ContentGen.Text.Model;

namespace ContentGen.Emit
{
    /// <summary>Emits the shared types: <c>Article</c>, <c>Quote</c>, <c>Person</c>, <c>Figure</c> and their lists.</summary>
    internal static class BaseTypesEmitter
    {
        public static GeneratedFile Emit(GeneratorSettings settings, TargetFeatures target)
        {
            var date = target.HasDateOnly ? "global::System.DateOnly?" : "global::System.DateTime?";
            var w = GeneratedCode.Start(settings.Namespace);
            w.Summary("An article embedded at compile time from a text file of the project. Each article has its own sealed record deriving from this one; <c>Articles</c> lists them.");
            w.Line(GeneratedCode.Attribute);
            w.Line("public abstract partial record Article");
            w.Open();
            w.Summary("Creates an article; called by the generated record of each article.");
            w.Line("protected Article(string slug, string title, string? kicker, string? source, " + date + " date, string? credit, string? author, global::System.Collections.Generic.IReadOnlyList<string> tags, string path, global::System.Collections.Generic.IReadOnlyList<string> paragraphs, global::System.Collections.Generic.IReadOnlyList<global::" + settings.Namespace + ".Quote> quotes, global::System.Collections.Generic.IReadOnlyList<global::" + settings.Namespace + ".Person> people, global::System.Collections.Generic.IReadOnlyList<global::" + settings.Namespace + ".Figure> figures)");
            w.Open();
            foreach (var (property, parameter) in new[]
            {
                ("Slug", "slug"), ("Title", "title"), ("Kicker", "kicker"), ("Source", "source"), ("Date", "date"), ("Credit", "credit"),
                ("Author", "author"), ("Tags", "tags"), ("Path", "path"), ("Paragraphs", "paragraphs"), ("Quotes", "quotes"), ("People", "people"), ("Figures", "figures"),
            })
            {
                w.Line($"this.{property} = {parameter};");
            }

            w.Close();
            Property(w, "string", "Slug", "The article's slug: front matter <c>slug</c>, else made from the file name.");
            Property(w, "string", "Title", "The headline: front matter <c>title</c>, else the first line (after a kicker).");
            Property(w, "string?", "Kicker", "The section label above the headline (\"Caspian Region\"), if any.");
            Property(w, "string?", "Source", "The outlet: front matter <c>source</c>, else inferred from the credit line or the dateline.");
            Property(w, date, "Date", "The article's date: front matter <c>date</c>, else the first full date stated in the text.");
            Property(w, "string?", "Credit", "Credit, copyright and reprint lines, kept out of the paragraphs.");
            Property(w, "string?", "Author", "The author named in front matter, if any.");
            Property(w, "global::System.Collections.Generic.IReadOnlyList<string>", "Tags", "Tags from front matter.");
            Property(w, "string", "Path", "The article file's path as listed in AdditionalFiles, relative to the project.");
            Property(w, "global::System.Collections.Generic.IReadOnlyList<string>", "Paragraphs", "The body paragraphs, without headline, kicker, credit or scraped boilerplate.");
            Property(w, "global::System.Collections.Generic.IReadOnlyList<global::" + settings.Namespace + ".Quote>", "Quotes", "Quotations with their speakers.");
            Property(w, "global::System.Collections.Generic.IReadOnlyList<global::" + settings.Namespace + ".Person>", "People", "The people named in the article.");
            Property(w, "global::System.Collections.Generic.IReadOnlyList<global::" + settings.Namespace + ".Figure>", "Figures", "Numbers with what they count.");
            w.Close();
            w.Line();

            w.Summary("A quotation from an article.");
            w.Line("/// <param name=\"Text\">The quoted words, without quotation marks.</param>");
            w.Line("/// <param name=\"Speaker\">Who said it, when the attribution names a person.</param>");
            w.Line("/// <param name=\"Paragraph\">The index in <see cref=\"Article.Paragraphs\"/> where the quotation starts.</param>");
            w.Line(GeneratedCode.Attribute);
            w.Line("public sealed partial record Quote(string Text, string? Speaker, int Paragraph);");
            w.Line();

            w.Summary("A person named in an article.");
            w.Line("/// <param name=\"Name\">The name as the article writes it in full.</param>");
            w.Line("/// <param name=\"Spellings\">Every distinct spelling of the person's name in the article; more than one means the article is inconsistent.</param>");
            w.Line(GeneratedCode.Attribute);
            w.Line("public sealed partial record Person(string Name, global::System.Collections.Generic.IReadOnlyList<string> Spellings)");
            w.Open();
            w.Summary("The person's name as spelled across the whole project: the glossary's canonical spelling, else the one most articles use.");
            w.Line("public string CanonicalName { get; init; } = Name;");
            w.Close();
            w.Line();

            w.Summary("A number in an article together with what it counts.");
            w.Line("/// <param name=\"Value\">The number: 2000 for \"some 2,000 peacekeepers\".</param>");
            w.Line("/// <param name=\"Unit\">What is counted: \"peacekeepers\"; \"percent\"; a currency code for money.</param>");
            w.Line("/// <param name=\"Text\">The figure as written.</param>");
            w.Line("/// <param name=\"Qualifier\">One of the <see cref=\"FigureQualifiers\"/>.</param>");
            w.Line("/// <param name=\"Paragraph\">The index in <see cref=\"Article.Paragraphs\"/> where the figure stands.</param>");
            w.Line(GeneratedCode.Attribute);
            w.Line("public sealed partial record Figure(decimal Value, string Unit, string Text, string Qualifier, int Paragraph);");
            w.Line();

            w.Summary("Articles that report one story (the same event, covered by several outlets or in follow-ups).");
            w.Line("/// <param name=\"Slug\">The slug of the story's first article (in path order): a stable identifier.</param>");
            w.Line("/// <param name=\"Title\">The title of the story's first article.</param>");
            w.Line("/// <param name=\"Articles\">The story's articles, in path order.</param>");
            w.Line(GeneratedCode.Attribute);
            w.Line("public sealed partial record Story(string Slug, string Title, global::System.Collections.Generic.IReadOnlyList<global::" + settings.Namespace + ".Article> Articles);");
            w.Line();

            w.Summary("The values of <see cref=\"Figure.Qualifier\"/>.");
            w.Line(GeneratedCode.Attribute);
            w.Line("public static class FigureQualifiers");
            w.Open();
            foreach (var (name, value) in new[]
            {
                (nameof(FigureQualifier.Exact), FigureQualifier.Exact), (nameof(FigureQualifier.Approximately), FigureQualifier.Approximately),
                (nameof(FigureQualifier.AtLeast), FigureQualifier.AtLeast), (nameof(FigureQualifier.MoreThan), FigureQualifier.MoreThan),
                (nameof(FigureQualifier.UpTo), FigureQualifier.UpTo), (nameof(FigureQualifier.FewerThan), FigureQualifier.FewerThan),
            })
            {
                w.Summary($"\"{value}\"");
                w.Line($"public const string {name} = \"{value}\";");
            }

            w.Close();
            w.Line();
            Payload(w, "global::" + settings.Namespace, target);
            w.Line();

            ListType(w, "PersonList", "global::" + settings.Namespace + ".Person", "The people of an article; each article's own list adds a property per person.");
            w.Line();
            ListType(w, "FigureList", "global::" + settings.Namespace + ".Figure", "The figures of an article; each article's own list adds a property per figure.");
            w.Close();
            return new GeneratedFile("ContentGen.Article.g.cs", w.ToString());
        }

        /// <summary>The reader of the data each article embeds (the format is written by <see cref="ArticlePayloadWriter"/>).</summary>
        private static void Payload(SourceWriter w, string ns, TargetFeatures target)
        {
            w.Summary("An article's text and data as its generated record embeds them (one literal per article), unpacked once, when the article is first used.");
            w.Line(GeneratedCode.Attribute);
            w.Line("internal sealed class ArticlePayload");
            w.Open();
            w.Line("private readonly string _data;");
            w.Line("private int _at;");
            w.Line();
            w.Line("private ArticlePayload(string data)");
            w.Open();
            w.Line("_data = data;");
            w.Line("Slug = Required();");
            w.Line("Title = Required();");
            w.Line("Kicker = Text();");
            w.Line("Source = Text();");
            w.Line("Credit = Text();");
            w.Line("Author = Text();");
            w.Line("Path = Required();");
            w.Line("Tags = Texts();");
            w.Line("Paragraphs = Texts();");
            w.Line($"Quotes = new {ns}.Quote[Number()];");
            w.Line("for (var i = 0; i < Quotes.Length; i++)");
            w.Open().Line($"Quotes[i] = new {ns}.Quote(Required(), Text(), Number());").Close();
            w.Line();
            w.Line($"People = new {ns}.Person[Number()];");
            w.Line("for (var i = 0; i < People.Length; i++)");
            w.Open();
            w.Line("var name = Required();");
            w.Line("var canonicalName = Required();");
            w.Line($"People[i] = new {ns}.Person(name, Texts()) {{ CanonicalName = canonicalName }};");
            w.Close();
            w.Line();
            w.Line($"Figures = new {ns}.Figure[Number()];");
            w.Line("for (var i = 0; i < Figures.Length; i++)");
            w.Open();
            w.Line($"Figures[i] = new {ns}.Figure(decimal.Parse(Required(), global::System.Globalization.NumberStyles.Number, global::System.Globalization.CultureInfo.InvariantCulture), Required(), Required(), Required(), Number());");
            w.Close();
            w.Close();
            w.Line();
            w.Summary("Unpacks an article stored as a string constant.");
            w.Line($"internal static {ns}.ArticlePayload Read(string data) => new {ns}.ArticlePayload(data);");
            if (target.SupportsUtf8Literals)
            {
                w.Line();
                w.Summary("Unpacks an article stored as UTF-8 data.");
                w.Line($"internal static {ns}.ArticlePayload Read(global::System.ReadOnlySpan<byte> utf8) => new {ns}.ArticlePayload(global::System.Text.Encoding.UTF8.GetString(utf8));");
            }

            foreach (var (type, name) in new[]
            {
                ("string", "Slug"), ("string", "Title"), ("string?", "Kicker"), ("string?", "Source"), ("string?", "Credit"), ("string?", "Author"),
                ("string", "Path"), ("string[]", "Tags"), ("string[]", "Paragraphs"), ($"{ns}.Quote[]", "Quotes"), ($"{ns}.Person[]", "People"), ($"{ns}.Figure[]", "Figures"),
            })
            {
                w.Line();
                w.Summary($"The article's {name}.");
                w.Line($"internal {type} {name} {{ get; }}");
            }

            w.Line();
            w.Line("private string? Text()");
            w.Open();
            w.Line("if (_data[_at] == '~')");
            w.Open().Line("_at++;").Line("return null;").Close();
            w.Line();
            w.Line("var colon = _data.IndexOf(':', _at);");
            w.Line("var length = int.Parse(_data.Substring(_at, colon - _at), global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture);");
            w.Line("_at = colon + 1 + length;");
            w.Line("return _data.Substring(colon + 1, length);");
            w.Close();
            w.Line();
            w.Line("private string Required() => Text() ?? string.Empty;");
            w.Line();
            w.Line("private string[] Texts()");
            w.Open();
            w.Line("var texts = new string[Number()];");
            w.Line("for (var i = 0; i < texts.Length; i++)");
            w.Open().Line("texts[i] = Required();").Close();
            w.Line();
            w.Line("return texts;");
            w.Close();
            w.Line();
            w.Line("private int Number()");
            w.Open();
            w.Line("var end = _data.IndexOf(';', _at);");
            w.Line("var value = int.Parse(_data.Substring(_at, end - _at), global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture);");
            w.Line("_at = end + 1;");
            w.Line("return value;");
            w.Close();
            w.Close();
        }

        private static void Property(SourceWriter w, string type, string name, string doc)
        {
            w.Line();
            w.Line("/// <summary>" + doc + "</summary>");
            w.Line($"public {type} {name} {{ get; }}");
        }

        private static void ListType(SourceWriter w, string name, string item, string doc)
        {
            w.Line("/// <summary>" + doc + "</summary>");
            w.Line(GeneratedCode.Attribute);
            w.Line($"public abstract class {name} : global::System.Collections.Generic.IReadOnlyList<{item}>");
            w.Open();
            w.Line($"private readonly {item}[] _items;");
            w.Line();
            w.Summary("Wraps the items in order.");
            w.Line($"protected {name}({item}[] items) => _items = items;");
            w.Line();
            w.Summary("The number of items.");
            w.Line("public int Count => _items.Length;");
            w.Line();
            w.Summary("The item at an index.");
            w.Line($"public {item} this[int index] => _items[index];");
            w.Line();
            w.Summary("Enumerates the items in order.");
            w.Line($"public global::System.Collections.Generic.IEnumerator<{item}> GetEnumerator() => ((global::System.Collections.Generic.IEnumerable<{item}>)_items).GetEnumerator();");
            w.Line();
            w.Line("global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();");
            w.Close();
        }
    }
}
