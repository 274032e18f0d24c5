using ContentGen.Generation.Model;
using ContentGen.Text.Model;

namespace ContentGen.Emit
{
    /// <summary>
    /// Emits the shared types: <c>Article</c> (one class for every article: articles are data, not types),
    /// <c>Quote</c>, <c>Person</c>, <c>Figure</c>, <c>Story</c> and the payload reader.
    /// </summary>
    internal static class BaseTypesEmitter
    {
        public static GeneratedFile Emit(OutputOptions options)
        {
            var settings = options.Settings;
            var target = options.Target;
            var ns = "global::" + settings.Namespace;
            var date = target.HasDateOnly ? "global::System.DateOnly" : "global::System.DateTime";
            var list = "global::System.Collections.Generic.IReadOnlyList";
            var w = GeneratedCode.Start(settings.Namespace);
            w.Line("/// <summary>");
            w.Line("/// An article embedded at compile time from a text file of the project: <c>Articles.&lt;Name&gt;</c> for each article,");
            w.Line("/// <c>Articles.All</c> for them all. Its named facts are constants in <c>ArticleFacts.&lt;Name&gt;</c>.");
            w.Line("/// Two articles are equal when they come from the same file.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode.Attribute);
            w.Line($"public sealed partial class Article : global::System.IEquatable<{ns}.Article>");
            w.Open();
            w.Line($"private Article({ns}.ArticlePayload data)");
            w.Open();
            foreach (var name in new[] { "Slug", "Title", "Kicker", "Source", "Credit", "Author", "Tags", "Path", "Paragraphs", "Quotes", "People", "Figures" })
            {
                w.Line($"{name} = data.{name};");
            }

            w.Line($"Date = data.Year == 0 ? null : new {date}(data.Year, data.Month, data.Day);");
            w.Close();
            Property(w, "string", "Slug", "The article's slug: front matter <c>slug</c>, else made from the file name.");
            Property(w, "string", "Title", "The headline: front matter <c>title</c>, else the first line (after a kicker).");
            Property(w, "string?", "Kicker", "The section label above the headline (\"Caspian Region\"), if any.");
            Property(w, "string?", "Source", "The outlet: front matter <c>source</c>, else inferred from the credit line or the dateline.");
            Property(w, date + "?", "Date", "The article's date: front matter <c>date</c>, else the first full date stated in the text.");
            Property(w, "string?", "Credit", "Credit, copyright and reprint lines, kept out of the paragraphs.");
            Property(w, "string?", "Author", "The author named in front matter, if any.");
            Property(w, list + "<string>", "Tags", "Tags from front matter.");
            Property(w, "string", "Path", "The article file's path as listed in AdditionalFiles, relative to the project.");
            Property(w, list + "<string>", "Paragraphs", "The body paragraphs, without headline, kicker, credit or scraped boilerplate. Indexes are 0-based; paragraph numbers shown to people are the index + 1.");
            Property(w, list + $"<{ns}.Quote>", "Quotes", "Quotations with their speakers.");
            Property(w, list + $"<{ns}.Person>", "People", "The people named in the article. Each one's canonical name is a constant in <c>ArticleFacts.&lt;Name&gt;.People</c>.");
            Property(w, list + $"<{ns}.Figure>", "Figures", "Numbers with what they count. Each one's value is a constant in <c>ArticleFacts.&lt;Name&gt;.Figures</c>.");
            w.Line();
            w.Summary("The person of this article whose canonical name, name or any spelling is the given one (ignoring case), or null.");
            w.Line("/// <param name=\"name\">A name; the constants in <c>ArticleFacts.&lt;Name&gt;.People</c> are canonical names.</param>");
            w.Line($"public {ns}.Person? FindPerson(string name)");
            w.Open();
            w.Line("foreach (var person in People)");
            w.Open();
            w.Line("if (string.Equals(person.CanonicalName, name, global::System.StringComparison.OrdinalIgnoreCase) || string.Equals(person.Name, name, global::System.StringComparison.OrdinalIgnoreCase))");
            w.Open().Line("return person;").Close();
            w.Close();
            w.Line();
            w.Line("foreach (var person in People)");
            w.Open();
            w.Line("foreach (var spelling in person.Spellings)");
            w.Open();
            w.Line("if (string.Equals(spelling, name, global::System.StringComparison.OrdinalIgnoreCase))");
            w.Open().Line("return person;").Close();
            w.Close();
            w.Close();
            w.Line();
            w.Line("return null;");
            w.Close();
            w.Line();
            w.Summary("True when both articles come from the same file.");
            w.Line($"public bool Equals({ns}.Article? other) => other is not null && (ReferenceEquals(this, other) || string.Equals(Path, other.Path, global::System.StringComparison.Ordinal));");
            w.Line();
            w.Summary("True when the other object is an article from the same file.");
            w.Line($"public override bool Equals(object? obj) => Equals(obj as {ns}.Article);");
            w.Line();
            w.Summary("A hash of the article's path.");
            w.Line("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Path);");
            w.Line();
            w.Summary("The article's title.");
            w.Line("public override string ToString() => Title;");
            w.Line();
            w.Summary("True when both are null or come from the same file.");
            w.Line($"public static bool operator ==({ns}.Article? left, {ns}.Article? right) => left is null ? right is null : left.Equals(right);");
            w.Line();
            w.Summary("True unless both are null or come from the same file.");
            w.Line($"public static bool operator !=({ns}.Article? left, {ns}.Article? right) => !(left == right);");
            w.Line();
            w.Summary("The article held in a slot, unpacked from its data on first use; two threads may both unpack it, one result is kept.");
            w.Line($"internal static {ns}.Article Load(ref {ns}.Article? slot, string data) => global::System.Threading.Volatile.Read(ref slot) ?? Publish(ref slot, new {ns}.Article({ns}.ArticlePayload.Read(data)));");
            if (target.SupportsUtf8Literals)
            {
                w.Line();
                w.Summary("The article held in a slot, unpacked from its UTF-8 data on first use.");
                w.Line($"internal static {ns}.Article Load(ref {ns}.Article? slot, global::System.ReadOnlySpan<byte> utf8) => global::System.Threading.Volatile.Read(ref slot) ?? Publish(ref slot, new {ns}.Article({ns}.ArticlePayload.Read(utf8)));");
            }

            w.Line();
            w.Line($"private static {ns}.Article Publish(ref {ns}.Article? slot, {ns}.Article created) => global::System.Threading.Interlocked.CompareExchange(ref slot, created, null) ?? created;");
            w.Close();
            w.Line();

            w.Summary("A quotation from an article.");
            w.Line("/// <param name=\"Text\">The quoted words, without quotation marks.</param>");
            w.Line("/// <param name=\"Speaker\">Who said it, when the attribution names a person.</param>");
            w.Line("/// <param name=\"ParagraphIndex\">The 0-based index in <see cref=\"Article.Paragraphs\"/> where the quotation starts.</param>");
            w.Line(GeneratedCode.Attribute);
            w.Line("public sealed partial record Quote(string Text, string? Speaker, int ParagraphIndex)");
            w.Open();
            w.Summary("The 1-based paragraph number, as shown to people.");
            w.Line("public int ParagraphNumber => ParagraphIndex + 1;");
            w.Close();
            w.Line();

            w.Summary("A person named in an article.");
            w.Line("/// <param name=\"Name\">The name as the article writes it in full.</param>");
            w.Line("/// <param name=\"Spellings\">Every distinct spelling of the person's name in the article; more than one means the article is inconsistent.</param>");
            w.Line(GeneratedCode.Attribute);
            w.Line($"public sealed partial record Person(string Name, {list}<string> Spellings)");
            w.Open();
            w.Summary("The person's name as spelled across the whole project: the glossary's canonical spelling, else the one most articles use. The constants in ArticleFacts are named after it.");
            w.Line("public string CanonicalName { get; init; } = Name;");
            w.Close();
            w.Line();

            w.Summary("A number in an article together with what it counts.");
            w.Line("/// <param name=\"Value\">The number: 2000 for \"some 2,000 peacekeepers\".</param>");
            w.Line("/// <param name=\"Unit\">What is counted: \"peacekeepers\"; \"percent\"; a currency code for money.</param>");
            w.Line("/// <param name=\"Text\">The figure as written.</param>");
            w.Line("/// <param name=\"Qualifier\">One of the <see cref=\"FigureQualifiers\"/>.</param>");
            w.Line("/// <param name=\"ParagraphIndex\">The 0-based index in <see cref=\"Article.Paragraphs\"/> where the figure stands.</param>");
            w.Line(GeneratedCode.Attribute);
            w.Line("public sealed partial record Figure(decimal Value, string Unit, string Text, string Qualifier, int ParagraphIndex)");
            w.Open();
            w.Summary("The 1-based paragraph number, as shown to people.");
            w.Line("public int ParagraphNumber => ParagraphIndex + 1;");
            w.Close();
            w.Line();

            w.Summary("Articles that report one story (the same event, covered by several outlets or in follow-ups).");
            w.Line("/// <param name=\"Slug\">The slug of the story's first article (in path order): a stable identifier.</param>");
            w.Line("/// <param name=\"Title\">The title of the story's first article.</param>");
            w.Line("/// <param name=\"Articles\">The story's articles, in path order.</param>");
            w.Line(GeneratedCode.Attribute);
            w.Line($"public sealed partial record Story(string Slug, string Title, {list}<{ns}.Article> Articles);");
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
            Payload(w, ns, target.HasDeflate, target.SupportsUtf8Literals);
            w.Close();
            return new GeneratedFile("ContentGen.Article.g.cs", w.ToString());
        }

        /// <summary>The reader of the data each article embeds (the format is written by <see cref="ArticlePayloadWriter"/>).</summary>
        private static void Payload(SourceWriter w, string ns, bool compressed, bool utf8)
        {
            w.Summary("An article's text and data as embedded (one literal per article), unpacked once, when the article is first used.");
            w.Line(GeneratedCode.Attribute);
            w.Line("internal sealed class ArticlePayload");
            w.Open();
            w.Line("private readonly string _data;");
            w.Line("private int _at;");
            w.Line();
            w.Line("private ArticlePayload(string data)");
            w.Open();
            w.Line("_data = Unescape(data);");
            w.Line("Slug = Required();");
            w.Line("Title = Required();");
            w.Line("Kicker = Text();");
            w.Line("Source = Text();");
            w.Line("Credit = Text();");
            w.Line("Author = Text();");
            w.Line("Path = Required();");
            w.Line("Year = Number();");
            w.Line("Month = Number();");
            w.Line("Day = Number();");
            w.Line("Tags = Texts();");
            w.Line("Paragraphs = Texts();");
            w.Line($"var quotes = new {ns}.Quote[Number()];");
            w.Line("for (var i = 0; i < quotes.Length; i++)");
            w.Open();
            w.Line("var paragraph = Number();");
            w.Line($"quotes[i] = new {ns}.Quote(InParagraph(paragraph), Text(), paragraph);");
            w.Close();
            w.Line();
            w.Line("Quotes = quotes;");
            w.Line($"var people = new {ns}.Person[Number()];");
            w.Line("for (var i = 0; i < people.Length; i++)");
            w.Open();
            w.Line("var name = Required();");
            w.Line("var canonicalName = Required();");
            w.Line($"people[i] = new {ns}.Person(name, Texts()) {{ CanonicalName = canonicalName }};");
            w.Close();
            w.Line();
            w.Line("People = people;");
            w.Line($"var figures = new {ns}.Figure[Number()];");
            w.Line("for (var i = 0; i < figures.Length; i++)");
            w.Open();
            w.Line("var paragraph = Number();");
            w.Line($"figures[i] = new {ns}.Figure(decimal.Parse(Required(), global::System.Globalization.NumberStyles.Number, global::System.Globalization.CultureInfo.InvariantCulture), Required(), InParagraph(paragraph), Required(), paragraph);");
            w.Close();
            w.Line();
            w.Line("Figures = figures;");
            w.Close();
            w.Line();
            if (compressed)
            {
                // PayloadEncoding writes these forms.
                w.Summary("Unpacks an article's data from a string literal: deflated UTF-8, 14 bits a character from U+4E00.");
                w.Line($"internal static {ns}.ArticlePayload Read(string data) => new {ns}.ArticlePayload(Inflate(FromBase16384(data)));");
                if (utf8)
                {
                    w.Line();
                    w.Summary("Unpacks an article's data from UTF-8 data: deflated UTF-8 in base64.");
                    w.Line($"internal static {ns}.ArticlePayload Read(global::System.ReadOnlySpan<byte> utf8) => new {ns}.ArticlePayload(Inflate(global::System.Convert.FromBase64String(global::System.Text.Encoding.UTF8.GetString(utf8))));");
                }

                w.Line();
                w.Line("// Each character after the first carries 14 bits as its distance from U+4E00; the first says whether the last");
                w.Line("// character's zero padding made a byte too many.");
                w.Line("private static global::System.ArraySegment<byte> FromBase16384(string data)");
                w.Open();
                w.Line("var bytes = new byte[(data.Length - 1) * 14 / 8];");
                w.Line("int count = 0, bits = 0, buffer = 0;");
                w.Line("for (var i = 1; i < data.Length; i++)");
                w.Open();
                w.Line("buffer = (buffer << 14) | (data[i] - '\\u4E00');");
                w.Line("bits += 14;");
                w.Line("while (bits >= 8)");
                w.Open();
                w.Line("bits -= 8;");
                w.Line("bytes[count++] = (byte)(buffer >> bits);");
                w.Close();
                w.Line();
                w.Line("buffer &= (1 << bits) - 1;");
                w.Close();
                w.Line();
                w.Line("return new global::System.ArraySegment<byte>(bytes, 0, count - (data[0] - '\\u4E00'));");
                w.Close();
                w.Line();
                w.Line("private static string Inflate(global::System.ArraySegment<byte> deflated)");
                w.Open();
                w.Line("using var input = new global::System.IO.MemoryStream(deflated.Array!, deflated.Offset, deflated.Count);");
                w.Line("using var inflated = new global::System.IO.Compression.DeflateStream(input, global::System.IO.Compression.CompressionMode.Decompress);");
                w.Line("using var reader = new global::System.IO.StreamReader(inflated, global::System.Text.Encoding.UTF8);");
                w.Line("return reader.ReadToEnd();");
                w.Close();
            }
            else
            {
                w.Summary("Unpacks an article's data from a string literal.");
                w.Line($"internal static {ns}.ArticlePayload Read(string data) => new {ns}.ArticlePayload(data);");
                if (utf8)
                {
                    w.Line();
                    w.Summary("Unpacks an article's data from UTF-8 data.");
                    w.Line($"internal static {ns}.ArticlePayload Read(global::System.ReadOnlySpan<byte> utf8) => new {ns}.ArticlePayload(global::System.Text.Encoding.UTF8.GetString(utf8));");
                }
            }

            foreach (var (type, name) in new[]
            {
                ("string", "Slug"), ("string", "Title"), ("string?", "Kicker"), ("string?", "Source"), ("string?", "Credit"), ("string?", "Author"),
                ("string", "Path"), ("int", "Year"), ("int", "Month"), ("int", "Day"), ("string[]", "Tags"), ("string[]", "Paragraphs"),
                ($"{ns}.Quote[]", "Quotes"), ($"{ns}.Person[]", "People"), ($"{ns}.Figure[]", "Figures"),
            })
            {
                w.Line();
                w.Summary($"The article's {name}.");
                w.Line($"internal {type} {name} {{ get; }}");
            }

            w.Line();
            w.Line("// The embedded text keeps no character that could hide in source: a backslash is written \\\\, anything else");
            w.Line("// that needs it as \\uXXXX.");
            w.Line("private static string Unescape(string data)");
            w.Open();
            w.Line("if (data.IndexOf('\\\\') < 0)");
            w.Open().Line("return data;").Close();
            w.Line();
            w.Line("var builder = new global::System.Text.StringBuilder(data.Length);");
            w.Line("for (var i = 0; i < data.Length; i++)");
            w.Open();
            w.Line("if (data[i] != '\\\\')");
            w.Open().Line("builder.Append(data[i]);").Close();
            w.Line("else if (data[i + 1] == '\\\\')");
            w.Open().Line("builder.Append('\\\\');").Line("i++;").Close();
            w.Line("else");
            w.Open();
            w.Line("builder.Append((char)int.Parse(data.Substring(i + 2, 4), global::System.Globalization.NumberStyles.AllowHexSpecifier, global::System.Globalization.CultureInfo.InvariantCulture));");
            w.Line("i += 5;");
            w.Close();
            w.Close();
            w.Line();
            w.Line("return builder.ToString();");
            w.Close();
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
            w.Line("// A quotation's or figure's text that stands in its paragraph is stored as ^offset;length; into it.");
            w.Line("private string InParagraph(int paragraph)");
            w.Open();
            w.Line("if (_data[_at] != '^')");
            w.Open().Line("return Required();").Close();
            w.Line();
            w.Line("_at++;");
            w.Line("var offset = Number();");
            w.Line("return Paragraphs[paragraph].Substring(offset, Number());");
            w.Close();
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
    }
}
