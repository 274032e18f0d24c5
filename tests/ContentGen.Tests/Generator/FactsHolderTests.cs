using System.Collections.Immutable;
using ContentGen.Generation;
using ContentGen.Generation.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Tests.Generator;

/// <summary>
/// Facts holders (<c>ArticleFacts.&lt;Name&gt;</c>) are generated for the articles the project's code names, or for all
/// with <c>ContentGenFacts=All</c>; what is not named costs the build nothing.
/// </summary>
public class FactsHolderTests
{
    private static readonly AdditionalText[] Articles =
    [
        GeneratorHarness.Article("ferry.txt", "Ferry resumes\n\nCaptain Mara Oyelaran said the ferry carried some 200 passengers on Monday."),
        GeneratorHarness.Article("library.txt", "Library reopens\n\nHead librarian Tomas Lindqvist said it holds 40,000 books."),
        GeneratorHarness.Article("harvest.txt", "Harvest begins\n\nGrowers picked more than 3,500 tonnes."),
    ];

    private static IReadOnlyList<string> Holders(Compilation output) =>
        output.GetTypeByMetadataName("NewsApp.Content.ArticleFacts")?.GetTypeMembers().Select(t => t.Name).Order(StringComparer.Ordinal).ToList() ?? [];

    private static CSharpCompilation Code(string body) =>
        GeneratorHarness.Compilation("public static class Program { public static void Main() { " + body + " } }");

    [Fact]
    public void Code_that_names_no_facts_gets_no_holder_and_still_every_article()
    {
        var (output, result) = GeneratorHarness.Run(Articles);

        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Empty(Holders(output));
        var all = (System.Collections.IEnumerable)GeneratorHarness.Read(GeneratorHarness.Load(output), "NewsApp.Content.Articles", "All")!;
        Assert.Equal(3, all.Cast<object>().Count());
        // The article's summary still lists its facts, without a cref to a holder that does not exist.
        var ferry = result.GeneratedSources.Single(s => s.HintName == "ContentGen.Articles.Ferry.g.cs").SourceText.ToString();
        Assert.Contains("Passengers = 200", ferry, StringComparison.Ordinal);
        Assert.Contains("<c>ArticleFacts.Ferry</c>", ferry, StringComparison.Ordinal);
        Assert.DoesNotContain("cref=\"global::NewsApp.Content.ArticleFacts.Ferry\"", ferry, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_projects_file_declares_each_class_once_for_all_its_articles()
    {
        // A partial declaration per article cost the compiler about 0.2 ms each (docs/benchmarks.md, section 8).
        var count = SourceFileGroups.MaxSeparateFiles + 44;
        var texts = Enumerable.Range(0, count)
            .Select(i => GeneratorHarness.Article($"note-{i:D3}.txt", $"Council note {i}\n\nMayor Anna Berg said the council approved {i + 3} new benches."))
            .ToArray();
        var (output, result) = GeneratorHarness.Run(texts, options: GeneratorHarness.Options(facts: "All"));

        Assert.Empty(GeneratorHarness.Problems(output));
        var groups = result.GeneratedSources.Where(s => s.HintName.StartsWith("ContentGen.Articles.Group", StringComparison.Ordinal)).ToList();
        Assert.Contains(groups, g => System.Text.RegularExpressions.Regex.Matches(g.SourceText.ToString(), " => global::NewsApp.Content.Article.Load").Count > 1);
        Assert.All(groups, g =>
        {
            var text = g.SourceText.ToString();
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "partial class Articles\\b"));
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "partial class ArticleFacts\\b"));
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "^namespace ", System.Text.RegularExpressions.RegexOptions.Multiline));
        });
        Assert.Equal(count, Holders(output).Count);
        var assembly = GeneratorHarness.Load(output);
        Assert.Equal(120m, GeneratorHarness.Constant(assembly, "NewsApp.Content.ArticleFacts+Note117+Figures", "Benches"));
        Assert.Equal("Anna Berg", GeneratorHarness.Constant(assembly, "NewsApp.Content.ArticleFacts+Note299+People", "AnnaBerg"));
        Assert.Equal(count, ((System.Collections.IEnumerable)GeneratorHarness.Read(assembly, "NewsApp.Content.Articles", "All")!).Cast<object>().Count());
    }

    [Theory]
    [InlineData("System.Console.WriteLine(NewsApp.Content.ArticleFacts.Ferry.Figures.Passengers);")]
    [InlineData("System.Console.WriteLine(global::NewsApp.Content.ArticleFacts.Ferry.People.MaraOyelaran);")]
    [InlineData("System.Console.WriteLine(nameof(NewsApp.Content.ArticleFacts.Ferry));")]
    [InlineData("decimal d = NewsApp.Content.ArticleFacts.Ferry.Figures.Passengers; System.Console.WriteLine(d);")]
    public void Each_way_of_naming_an_articles_facts_generates_its_holder_only(string body)
    {
        var (output, _) = GeneratorHarness.Run(Articles, Code(body));

        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Equal(["Ferry"], Holders(output));
    }

    [Fact]
    public void A_using_directive_names_the_holder_through_its_qualified_name()
    {
        var code = GeneratorHarness.Compilation("using Facts = NewsApp.Content.ArticleFacts.Library.Figures;\npublic static class Program { public static void Main() => System.Console.WriteLine(Facts.Books); }");
        var (output, _) = GeneratorHarness.Run(Articles, code);

        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Equal(["Library"], Holders(output));
    }

    [Fact]
    public void An_alias_of_the_holder_class_itself_generates_every_holder()
    {
        // `F.Harvest` cannot be told from syntax alone, so naming the class without an article means all of them.
        var code = GeneratorHarness.Compilation("using F = NewsApp.Content.ArticleFacts;\npublic static class Program { public static void Main() => System.Console.WriteLine(F.Harvest.Figures.Tonnes); }");
        var (output, _) = GeneratorHarness.Run(Articles, code);

        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Equal(["Ferry", "Harvest", "Library"], Holders(output));
    }

    [Fact]
    public void ContentGenFacts_All_generates_every_holder_whatever_the_code_names()
    {
        var (output, _) = GeneratorHarness.Run(Articles, options: GeneratorHarness.Options(facts: "All"));

        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Equal(["Ferry", "Harvest", "Library"], Holders(output));
    }

    [Fact]
    public void Naming_another_article_in_code_emits_that_articles_source_alone()
    {
        var compilation = Code("System.Console.WriteLine(NewsApp.Content.ArticleFacts.Ferry.Figures.Passengers);");
        var driver = GeneratorHarness.Driver(Articles).RunGenerators(compilation);

        // A .cs edit that names no new article re-runs the reference step for that file only; nothing is re-emitted.
        var tree = compilation.SyntaxTrees.Single();
        var unrelated = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(0, 0, "// an edit\n")));
        driver = driver.RunGenerators(unrelated);
        Assert.All(GeneratorHarness.Reasons(driver, TrackingNames.ArticleSources), r => Assert.Equal(IncrementalStepRunReason.Cached, r));

        var named = unrelated.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "public static class More { public static decimal Books => NewsApp.Content.ArticleFacts.Library.Figures.Books; }",
            new CSharpParseOptions(LanguageVersion.CSharp12),
            path: "/src/NewsApp/More.cs"));
        driver = driver.RunGeneratorsAndUpdateCompilation(named, out var output, out _);

        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Equal(["Ferry", "Library"], Holders(output));
        var reasons = GeneratorHarness.Reasons(driver, TrackingNames.ArticleSources).ToList();
        Assert.Equal(2, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Single(reasons, r => r == IncrementalStepRunReason.Modified);
    }

}

/// <summary>The emit plan: string literals within the budget in path order, UTF-8 data past it.</summary>
public class EmitPlanTests
{
    private static readonly GeneratorSettings Settings = new("NewsApp.Content", StringPayloadBudget: 1_000);

    [Fact]
    public void Articles_past_the_string_budget_in_path_order_become_utf8_data()
    {
        var sizes = ImmutableArray.Create(new PayloadSize("c.txt", 0, 400), new PayloadSize("a.txt", 0, 400), new PayloadSize("b.txt", 0, 400), new PayloadSize("d.txt", 0, 10));

        var plan = EmitPlanner.Plan(sizes, [], Settings);

        // a and b fit (800), c would make 1,200; d comes after c in path order and stays UTF-8 too, so that a growing
        // article moves the boundary, not every smaller article behind it.
        Assert.Equal(["c.txt", "d.txt"], plan.Utf8Paths);
        Assert.False(EmitPlanner.IsUtf8(plan, "a.txt"));
        Assert.True(EmitPlanner.IsUtf8(plan, "d.txt"));
    }

    [Fact]
    public void Within_the_budget_nothing_is_utf8_data_and_an_unnamed_article_has_no_holder()
    {
        var plan = EmitPlanner.Plan(ImmutableArray.Create(new PayloadSize("a.txt", 0, 999)), ["Ferry", "Ferry"], Settings);

        Assert.Empty(plan.Utf8Paths);
        Assert.Equal(["Ferry"], plan.FactsNames);
        Assert.True(EmitPlanner.HasFacts(plan, "Ferry"));
        Assert.False(EmitPlanner.HasFacts(plan, "Library"));
    }

    [Fact]
    public void The_plan_is_equal_when_an_edit_keeps_every_article_on_its_side_of_the_budget()
    {
        var before = EmitPlanner.Plan(ImmutableArray.Create(new PayloadSize("a.txt", 0, 300), new PayloadSize("b.txt", 0, 900)), [], Settings);
        var after = EmitPlanner.Plan(ImmutableArray.Create(new PayloadSize("a.txt", 0, 350), new PayloadSize("b.txt", 0, 900)), [], Settings);

        Assert.Equal(before, after);
    }
}
