using System.Collections;
using ContentGen.Text.Parsing;

namespace ContentGen.Tests.Generator;

/// <summary>
/// Each article is embedded as one packed literal and unpacked on first use: every field the engine parsed must come
/// back unaltered from the compiled code, in the UTF-8 form and in the string-constant form.
/// </summary>
public class PayloadRoundTripTests
{
    private const string Text = """
        ---
        title: Lindholm orchards report a record harvest
        slug: record-harvest
        kicker: Farming
        source: Valley Herald
        date: 2025-09-12
        author: Ines Varga
        tags: [farming, "apples: late", ~]
        ---
        Growers around Lindholm picked some 12,500 tonnes of apples this season, up 4.5 percent on last year.

        "We have never seen trees this heavy," said chair Marta Eklund. "The frost stayed away."

        Co-operative manager Jonas Pell said prices held at about $1.2 million for the whole crop; Eklund said more than 300 pickers worked the rows.

        Credit: Valley Herald staff
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_article_is_unpacked_once_and_each_article_is_its_own(bool utf8Data)
    {
        // Each article's slot holds what its data unpacked to: the member returns one instance, in either form of the
        // data, and two articles never share one.
        var (output, _) = GeneratorHarness.Run(
            [GeneratorHarness.Article("harvest.txt", Text), GeneratorHarness.Article("other.txt", "---\ntitle: Ferry timetable changes\nslug: ferry-times\n---\nThe morning ferry leaves at seven from Monday.\n")],
            GeneratorHarness.CompilationFor(utf8Data), GeneratorHarness.Options(stringBudget: utf8Data ? 0 : null));
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Equal(utf8Data, output.SyntaxTrees.Any(t => t.ToString().Contains("u8);", StringComparison.Ordinal)));

        var assembly = GeneratorHarness.Load(output);
        var first = GeneratorHarness.Read(assembly, "NewsApp.Content.Articles", "RecordHarvest")!;
        var again = GeneratorHarness.Read(assembly, "NewsApp.Content.Articles", "RecordHarvest")!;
        var other = GeneratorHarness.Read(assembly, "NewsApp.Content.Articles", "FerryTimes")!;
        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Equal("Articles/other.txt", GeneratorHarness.Property(other, "Path"));
        var all = ((IEnumerable)GeneratorHarness.Read(assembly, "NewsApp.Content.Articles", "All")!).Cast<object>().ToList();
        Assert.Contains(all, a => ReferenceEquals(a, first));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_field_comes_back_from_the_compiled_code(bool utf8Target)
    {
        var (output, _) = GeneratorHarness.Run([GeneratorHarness.Article("harvest.txt", Text)], GeneratorHarness.CompilationFor(utf8Target), GeneratorHarness.Options(stringBudget: utf8Target ? 0 : null));
        Assert.Empty(GeneratorHarness.Problems(output));

        var expected = ArticleParser.Parse("Articles/harvest.txt", Text);
        Assert.NotEmpty(expected.Quotes);
        Assert.NotEmpty(expected.Figures);
        Assert.Contains(expected.Figures, f => f.Value != decimal.Truncate(f.Value));
        Assert.NotEmpty(expected.People);

        var article = GeneratorHarness.Read(GeneratorHarness.Load(output), "NewsApp.Content.Articles", "RecordHarvest")!;
        object? Get(object target, string name) => GeneratorHarness.Property(target, name);
        List<object> Items(object target, string name) => ((IEnumerable)Get(target, name)!).Cast<object>().ToList();

        Assert.Equal(expected.Slug, Get(article, "Slug"));
        Assert.Equal(expected.Title, Get(article, "Title"));
        Assert.Equal(expected.Kicker, Get(article, "Kicker"));
        Assert.Equal(expected.Source, Get(article, "Source"));
        Assert.Equal(expected.Credit, Get(article, "Credit"));
        Assert.Equal(expected.Author, Get(article, "Author"));
        Assert.Equal(expected.Path, Get(article, "Path"));
        Assert.Equal(expected.Tags, Items(article, "Tags").Cast<string>());
        Assert.Equal(expected.Paragraphs.Select(p => p.Text), Items(article, "Paragraphs").Cast<string>());
        Assert.Equal(
            expected.Quotes.Select(q => (q.Text, q.Speaker, q.Paragraph)),
            Items(article, "Quotes").Select(q => ((string)Get(q, "Text")!, (string?)Get(q, "Speaker"), (int)Get(q, "ParagraphIndex")!)));
        Assert.All(Items(article, "Quotes"), q => Assert.Equal((int)Get(q, "ParagraphIndex")! + 1, Get(q, "ParagraphNumber")));
        Assert.Equal(
            expected.People.Select(p => (p.Name, string.Join("|", p.Spellings), p.Name)),
            Items(article, "People").Select(p => ((string)Get(p, "Name")!, string.Join("|", Items(p, "Spellings").Cast<string>()), (string)Get(p, "CanonicalName")!)));
        Assert.Equal(
            expected.Figures.Select(f => (f.Value, f.Unit, f.Text, f.Qualifier, f.Paragraph)),
            Items(article, "Figures").Select(f => ((decimal)Get(f, "Value")!, (string)Get(f, "Unit")!, (string)Get(f, "Text")!, (string)Get(f, "Qualifier")!, (int)Get(f, "ParagraphIndex")!)));
        var date = Get(article, "Date")!;
        Assert.Equal("2025-09-12", date is DateTime dateTime ? dateTime.ToString("yyyy-MM-dd") : ((DateOnly)date).ToString("yyyy-MM-dd"));
    }

    // UTF-8 cannot hold an unpaired surrogate (text decoded from UTF-16, or typed in the editor): the payload writes it
    // as an escape, so such an article is UTF-8 data like any other, and still round-trips.
    [Fact]
    public void An_unpaired_surrogate_is_escaped_and_the_article_stays_utf8_data()
    {
        const string text = "Title\n\nAn unpaired \uD800 high surrogate stays as written.\n";
        var (output, result) = GeneratorHarness.Run([GeneratorHarness.Article("lone.txt", text)], GeneratorHarness.CompilationFor(utf8Target: true), GeneratorHarness.Options(stringBudget: 0));

        Assert.Empty(GeneratorHarness.Problems(output));
        var source = result.GeneratedSources.Single(s => s.HintName == "ContentGen.Articles.Lone.g.cs").SourceText.ToString();
        Assert.Contains("\\uD800", GeneratorHarness.PayloadOf(source), StringComparison.Ordinal);
        Assert.Contains("\"u8);", source, StringComparison.Ordinal);
        var article = GeneratorHarness.Read(GeneratorHarness.Load(output), "NewsApp.Content.Articles", "Lone")!;
        Assert.Equal(
            ArticleParser.Parse("Articles/lone.txt", text).Paragraphs.Select(p => p.Text),
            ((IEnumerable)GeneratorHarness.Property(article, "Paragraphs")!).Cast<string>());
    }
}
