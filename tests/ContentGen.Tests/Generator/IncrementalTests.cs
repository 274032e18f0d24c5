using ContentGen.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Tests.Generator;

public class IncrementalTests
{
    private static readonly string[] PerArticleSteps = [TrackingNames.ArticleSpecs, TrackingNames.ArticleWithCorpus, TrackingNames.ArticleSources];

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, AdditionalText[] Texts) WarmUp()
    {
        AdditionalText[] texts =
        [
            GeneratorHarness.Article("a.txt", "Ferry resumes\n\nThe ferry sailed on Monday with some 200 passengers."),
            GeneratorHarness.Article("b.txt", "Library reopens\n\nHead librarian Tomas Lindqvist said it holds 40,000 books."),
            GeneratorHarness.Article("c.txt", "Harvest begins\n\nGrowers picked more than 3,500 tonnes."),
        ];
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);
        return (driver, compilation, texts);
    }


    [Fact]
    public void Editing_one_article_reruns_only_that_article()
    {
        var (driver, compilation, texts) = WarmUp();
        driver = driver
            .ReplaceAdditionalText(texts[1], GeneratorHarness.Article("b.txt", "Library reopens\n\nHead librarian Tomas Lindqvist said it holds 41,000 books."))
            .RunGenerators(compilation);

        foreach (var step in PerArticleSteps)
        {
            var reasons = GeneratorHarness.Reasons(driver, step).ToList();
            Assert.Equal(3, reasons.Count);
            Assert.Equal(2, reasons.Count(r => r == IncrementalStepRunReason.Cached));
            Assert.Single(reasons, r => r == IncrementalStepRunReason.Modified);
        }

        // Names depend only on paths and slugs, the corpus on people and story features, the catalog on paths,
        // slugs and titles: a figure edited in the body changes none of them.
        foreach (var step in new[] { TrackingNames.TypeNames, TrackingNames.Corpus, TrackingNames.CatalogSource })
        {
            Assert.All(GeneratorHarness.Reasons(driver, step), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
        }
    }

    [Fact]
    public void Names_that_differ_only_in_case_both_get_their_source()
    {
        AdditionalText[] texts =
        [
            GeneratorHarness.Article("one.txt", "---\nslug: abc\n---\nFirst\n\nThe first article.\n"),
            GeneratorHarness.Article("two.txt", "---\nslug: a-b-c\n---\nSecond\n\nThe second article.\n"),
        ];
        var (output, _) = GeneratorHarness.Run(texts);

        // Had either file been rejected, the catalog would name a missing member and the compilation fail.
        Assert.Empty(GeneratorHarness.Problems(output));
        var assembly = GeneratorHarness.Load(output);
        Assert.Equal("abc", GeneratorHarness.Property(GeneratorHarness.Read(assembly, "NewsApp.Content.Articles", "Abc")!, "Slug"));
        Assert.Equal("a-b-c", GeneratorHarness.Property(GeneratorHarness.Read(assembly, "NewsApp.Content.Articles", "ABC")!, "Slug"));
        var all = ((System.Collections.IEnumerable)GeneratorHarness.Read(assembly, "NewsApp.Content.Articles", "All")!).Cast<object>();
        Assert.Equal(["abc", "a-b-c"], all.Select(a => (string)GeneratorHarness.Property(a, "Slug")!));
    }

    [Fact]
    public void A_large_project_groups_its_articles_into_a_fixed_number_of_files_and_an_edit_rewrites_one()
    {
        var count = SourceFileGroups.MaxSeparateFiles + 44;
        var texts = Enumerable.Range(0, count)
            .Select(i => GeneratorHarness.Article($"note-{i:D3}.txt", $"Council note {i}\n\nThe council met for the {i}th time and approved {i + 3} new benches."))
            .ToArray();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(texts, trackSteps: false).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        Assert.Empty(GeneratorHarness.Problems(output));
        var before = driver.GetRunResult().Results.Single().GeneratedSources;
        var files = before.Where(s => s.HintName.StartsWith("ContentGen.Articles.Group", StringComparison.Ordinal)).ToList();
        Assert.InRange(files.Count, 2, SourceFileGroups.Groups);
        var all = (System.Collections.IEnumerable)GeneratorHarness.Read(GeneratorHarness.Load(output), "NewsApp.Content.Articles", "All")!;
        Assert.Equal(count, all.Cast<object>().Count());

        driver = driver
            .ReplaceAdditionalText(texts[17], GeneratorHarness.Article("note-017.txt", "Council note 17\n\nThe council met for the 17th time and approved 21 new benches."))
            .RunGenerators(compilation);

        // A cached output keeps its SourceText object; only the edited article's group gets a new one.
        var after = driver.GetRunResult().Results.Single().GeneratedSources;
        Assert.Equal(before.Select(s => s.HintName), after.Select(s => s.HintName));
        var rewritten = after.Where(s => !ReferenceEquals(s.SourceText, before.Single(b => b.HintName == s.HintName).SourceText)).ToList();
        Assert.Equal(files.Single(f => f.SourceText.ToString().Contains(" Note017 => ", StringComparison.Ordinal)).HintName, Assert.Single(rewritten).HintName);
    }

    [Fact]
    public void An_edit_that_changes_no_content_stops_at_the_spec()
    {
        var (driver, compilation, texts) = WarmUp();
        driver = driver
            .ReplaceAdditionalText(texts[0], GeneratorHarness.Article("a.txt", "Ferry resumes\n\n\n\nThe ferry sailed on Monday with some 200 passengers.   \n"))
            .RunGenerators(compilation);

        // The file was read and parsed again (its step ran), but the spec compared equal.
        Assert.Contains(IncrementalStepRunReason.Unchanged, GeneratorHarness.Reasons(driver, TrackingNames.ArticleSpecs));
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, GeneratorHarness.Reasons(driver, TrackingNames.ArticleSpecs));
        Assert.All(GeneratorHarness.Reasons(driver, TrackingNames.ArticleWithCorpus), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(GeneratorHarness.Reasons(driver, TrackingNames.ArticleSources), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Editing_a_cs_file_reruns_no_article_step()
    {
        var (driver, compilation, _) = WarmUp();
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class Added { }", new CSharpParseOptions(LanguageVersion.CSharp12)));
        driver = driver.RunGenerators(edited);

        foreach (var step in PerArticleSteps.Append(TrackingNames.CatalogSource).Append(TrackingNames.BaseTypesSource))
        {
            Assert.All(GeneratorHarness.Reasons(driver, step), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }
    }

    [Fact]
    public void Models_hold_no_roslyn_objects()
    {
        var (driver, _, _) = WarmUp();
        var result = driver.GetRunResult().Results.Single();

        var ours = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        foreach (var step in result.TrackedSteps.Where(s => ours.Contains(s.Key)).SelectMany(s => s.Value))
        {
            foreach (var (value, _) in step.Outputs)
            {
                Assert.False(value is ISymbol or Compilation or SyntaxNode or Location, $"{step.Name} holds a {value?.GetType().Name}");
            }
        }
    }
}
