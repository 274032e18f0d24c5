using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Tests.Generator;

public class CompilationTests
{
    private const string UsesTheApi = """
        using NewsApp.Content;
        public static class Program
        {
            public static void Main()
            {
                Article? found = Articles.Find("RIVER-CROSSING");
                Article river = Articles.RiverCrossing;
                const decimal vehicles = ArticleFacts.RiverCrossing.Figures.Vehicles;
                const string name = ArticleFacts.RiverCrossing.People.ElifDursunova;
                Person person = river.FindPerson(name)!;
                System.Collections.Generic.IReadOnlyList<string> spellings = person.Spellings;
                int count = Articles.All.Count + river.Quotes.Count + river.Paragraphs.Count + river.Figures[0].ParagraphNumber;
                bool same = found == river && found!.Equals(Articles.RiverCrossing);
                System.Console.WriteLine($"{found?.Title} {vehicles} {name} {spellings.Count} {count} {river.Date} {same}");
            }
        }
        """;

    [Fact]
    public void Generated_code_compiles_without_warnings_for_net8()
    {
        var (output, _) = GeneratorHarness.Run(
            [GeneratorHarness.Article("river-crossing.txt", Fixtures.Read("river-crossing.txt"))],
            GeneratorHarness.Compilation(UsesTheApi));

        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Contains(output.SyntaxTrees, t => t.ToString().Contains("global::System.DateOnly?", StringComparison.Ordinal));
    }

    [Fact]
    public void Generated_code_compiles_for_netstandard20_with_csharp9_using_DateTime_and_a_polyfill()
    {
        var compilation = GeneratorHarness.Compilation(UsesTheApi.Replace("$\"", "\"\" + $\""), GeneratorHarness.NetStandard20, LanguageVersion.CSharp9)
            .WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var (output, result) = GeneratorHarness.Run(
            [GeneratorHarness.Article("river-crossing.txt", Fixtures.Read("river-crossing.txt")), GeneratorHarness.Article("dated.txt", Fixtures.Read("front-matter.txt"))],
            compilation);

        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Contains(result.GeneratedSources, s => s.HintName == "ContentGen.IsExternalInit.g.cs");
        Assert.Contains(output.SyntaxTrees, t => t.ToString().Contains("public global::System.DateTime? Date { get; }", StringComparison.Ordinal));
        Assert.Contains("2024;10;15;", GeneratorHarness.PayloadOf(result.GeneratedSources.Single(s => s.HintName == "ContentGen.Articles.CustomSlug.g.cs").SourceText.ToString()), StringComparison.Ordinal);
    }

    [Fact]
    public void No_polyfill_where_the_framework_has_IsExternalInit()
    {
        var (_, result) = GeneratorHarness.Run([GeneratorHarness.Article("a.txt", "Title here\n\nBody.")]);

        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName == "ContentGen.IsExternalInit.g.cs");
    }

    [Fact]
    public void Before_csharp9_nothing_is_generated()
    {
        var (output, result) = GeneratorHarness.Run(
            [GeneratorHarness.Article("a.txt", "Title here\n\nBody.")],
            GeneratorHarness.Compilation(languageVersion: LanguageVersion.CSharp7_3).WithOptions(new CSharpCompilationOptions(OutputKind.ConsoleApplication)));

        Assert.Empty(result.GeneratedSources);
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void The_namespace_comes_from_ContentGenNamespace_else_RootNamespace()
    {
        var custom = GeneratorHarness.Run([GeneratorHarness.Article("a.txt", "Title here\n\nBody.")], options: GeneratorHarness.Options("My.Custom.Ns")).Result;
        var fallback = GeneratorHarness.Run([GeneratorHarness.Article("a.txt", "Title here\n\nBody.")]).Result;
        var broken = GeneratorHarness.Run([GeneratorHarness.Article("a.txt", "Title here\n\nBody.")], options: GeneratorHarness.Options("1bad.class")).Result;

        Assert.Contains("namespace My.Custom.Ns", custom.GeneratedSources[0].SourceText.ToString(), StringComparison.Ordinal);
        Assert.Contains("namespace NewsApp.Content", fallback.GeneratedSources[0].SourceText.ToString(), StringComparison.Ordinal);
        Assert.Contains("namespace _1bad.Class", broken.GeneratedSources[0].SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_txt_articles_are_read_and_opted_out_or_tool_files_are_skipped()
    {
        var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [GeneratorHarness.ProjectDir + "Articles/draft.txt"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ContentGen"] = "false" },
        };
        var (_, result) = GeneratorHarness.Run(
        [
            GeneratorHarness.Article("kept.txt", "Kept article\n\nBody."),
            GeneratorHarness.Article("draft.txt", "Draft article\n\nBody."),
            new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "BannedSymbols.txt", "T:System.Console"),
            new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "notes.md", "# Notes"),
            new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "ContentGen.glossary", "Nikol Pashinyan = Pashinian"),
        ], options: GeneratorHarness.Options(perFile: perFile));

        var catalog = result.GeneratedSources.Single(s => s.HintName == "ContentGen.Articles.g.cs").SourceText.ToString();
        Assert.Contains("Kept,", catalog, StringComparison.Ordinal);
        Assert.DoesNotContain("Draft", catalog, StringComparison.Ordinal);
        Assert.DoesNotContain("Banned", catalog, StringComparison.Ordinal);
        Assert.Equal(3, result.GeneratedSources.Length);
    }

    [Fact]
    public void Names_are_valid_stable_and_never_collide()
    {
        var (output, result) = GeneratorHarness.Run(
        [
            GeneratorHarness.Article("000_intro.txt", "Digits first\n\nBody."),
            GeneratorHarness.Article("same title.txt", "One\n\nBody."),
            GeneratorHarness.Article("same_title.txt", "Two\n\nBody."),
            GeneratorHarness.Article("class.txt", "A keyword\n\nBody."),
            GeneratorHarness.Article("all.txt", "Clashes with Articles.All\n\nBody."),
            GeneratorHarness.Article("новости.txt", "Cyrillic name\n\nBody."),
            GeneratorHarness.Article("!!!.txt", "No letters at all\n\nBody."),
        ]);

        Assert.Empty(GeneratorHarness.Problems(output));
        var sources = string.Concat(result.GeneratedSources.Select(s => s.SourceText.ToString()));
        foreach (var property in new[] { "_000Intro", "SameTitle", "SameTitle2", "Class", "All2", "Новости", "Article2" })
        {
            Assert.Contains($"public static global::NewsApp.Content.Article {property} => ", sources, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unusable_files_generate_no_article_and_break_nothing()
    {
        var (output, result) = GeneratorHarness.Run(
        [
            GeneratorHarness.Article("empty.txt", ""),
            GeneratorHarness.Article("blank.txt", "  \n \n"),
            GeneratorHarness.Article("binary.txt", "\0\u0001\u0002\u0003\0\0\0\0PNG"),
            GeneratorHarness.Article("good.txt", "Good article\n\nBody."),
        ]);

        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Equal(3, result.GeneratedSources.Length);
    }
}
