using ContentGen.Generation;
using Microsoft.CodeAnalysis;

namespace ContentGen.Tests.Generator;

public class CorpusGenerationTests
{
    private static readonly AdditionalText[] Story =
    [
        GeneratorHarness.Article("a.txt", "Ferry back\n\nGovernor Aleksandr Kuzmin reopened the Skerrow ferry in Portmain.\n"),
        GeneratorHarness.Article("b.txt", "Pier opens\n\nGovernor Alexander Kouzmin cut the ribbon at Skerrow, near Portmain.\n"),
        GeneratorHarness.Article("c.txt", "Ferry timetable\n\nGovernor Aleksandr Kuzmin added sailings at Skerrow and Portmain.\n"),
        GeneratorHarness.Article("d.txt", "Harvest\n\nGrowers in Lindholm picked apples, chair Marta Eklund said.\n"),
    ];

    private const string UsesStories = """
        using System.Linq;
        using NewsApp.Content;
        public static class Program
        {
            public static void Main()
            {
                Story story = Articles.StoryOf(Articles.B);
                string canonical = Articles.B.FindPerson(ArticleFacts.B.People.AleksandrKuzmin)!.CanonicalName;
                System.Console.WriteLine($"{Articles.Stories.Count} {story.Slug} {story.Title} {story.Articles.Count} {canonical}");
            }
        }
        """;

    [Fact]
    public void People_carry_the_spelling_most_articles_use_and_stories_group_the_reports()
    {
        var (output, _) = GeneratorHarness.Run(Story, GeneratorHarness.Compilation(UsesStories));

        Assert.Empty(GeneratorHarness.Problems(output));
        var assembly = GeneratorHarness.Load(output);
        var person = Assert.Single((System.Collections.IEnumerable)GeneratorHarness.Read(assembly, "NewsApp.Content.Articles", "B", "People")!)!;
        Assert.Equal("Alexander Kouzmin", GeneratorHarness.Property(person, "Name"));
        Assert.Equal("Aleksandr Kuzmin", GeneratorHarness.Property(person, "CanonicalName"));

        // The member is named after the canonical name, not after this article's spelling.
        Assert.Equal("Aleksandr Kuzmin", GeneratorHarness.Constant(assembly, "NewsApp.Content.ArticleFacts+B+People", "AleksandrKuzmin"));
        Assert.Null(assembly.GetType("NewsApp.Content.ArticleFacts+B+People")!.GetField("AlexanderKouzmin"));
        var stories = ((System.Collections.IEnumerable)GeneratorHarness.Read(assembly, "NewsApp.Content.Articles", "Stories")!).Cast<object>()
            .Select(story => (
                (string)story.GetType().GetProperty("Slug")!.GetValue(story)!,
                (string)story.GetType().GetProperty("Title")!.GetValue(story)!,
                string.Join(",", ((System.Collections.IEnumerable)story.GetType().GetProperty("Articles")!.GetValue(story)!).Cast<object>().Select(a => a.GetType().GetProperty("Slug")!.GetValue(a)))))
            .ToList();
        Assert.Equal([("a", "Ferry back", "a,b,c"), ("d", "Harvest", "d")], stories);
    }

    [Fact]
    public void Generated_stories_are_the_engines_stories_as_the_analyzers_and_the_command_line_see_them()
    {
        var (output, _) = GeneratorHarness.Run(Story);
        var assembly = GeneratorHarness.Load(output);
        var generated = ((System.Collections.IEnumerable)GeneratorHarness.Read(assembly, "NewsApp.Content.Articles", "Stories")!).Cast<object>()
            .Select(story => string.Join(",", ((System.Collections.IEnumerable)story.GetType().GetProperty("Articles")!.GetValue(story)!).Cast<object>()
                .Select(a => (string)a.GetType().GetProperty("Path")!.GetValue(a)!)))
            .Order()
            .ToList();

        var texts = Story.Select(file => file.GetText()!.ToString()).ToList();
        var engine = new ContentGen.Text.Corpus.CorpusIndex(Story.Select((file, i) =>
                new ContentGen.Text.Corpus.ArticleText(ContentGen.Text.Parsing.ArticleParser.Parse("Articles/" + Path.GetFileName(file.Path), texts[i]), texts[i])))
            .Stories.Select(s => string.Join(",", s.Select(a => a.Path))).Order().ToList();

        Assert.Equal(engine, generated);
        Assert.Contains(engine, s => s.Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void The_glossary_decides_the_canonical_spelling()
    {
        var glossary = new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "ContentGen.glossary", "Alexander Kouzmin = Aleksandr Kuzmin, Kuzmin\n");
        var (output, _) = GeneratorHarness.Run([.. Story, glossary], options: GeneratorHarness.Options(facts: "All"));

        var assembly = GeneratorHarness.Load(output);
        var person = Assert.Single((System.Collections.IEnumerable)GeneratorHarness.Read(assembly, "NewsApp.Content.Articles", "A", "People")!)!;
        Assert.Equal("Aleksandr Kuzmin", GeneratorHarness.Property(person, "Name"));
        Assert.Equal("Alexander Kouzmin", GeneratorHarness.Property(person, "CanonicalName"));
        Assert.Equal("Alexander Kouzmin", GeneratorHarness.Constant(assembly, "NewsApp.Content.ArticleFacts+A+People", "AlexanderKouzmin"));
    }

    // CG2001 advises respelling b.txt's "Alexander Kouzmin" as the project's "Aleksandr Kuzmin". App code written against
    // the canonical name compiles before and after the fix: the member never carried the article's own spelling.
    [Fact]
    public void Fixing_a_variant_spelling_keeps_app_code_that_uses_the_canonical_name_compiling()
    {
        const string app = """
            using NewsApp.Content;
            public static class Program
            {
                public static void Main() => System.Console.WriteLine(Articles.B.FindPerson(ArticleFacts.B.People.AleksandrKuzmin)!.Name);
            }
            """;
        var (before, _) = GeneratorHarness.Run(Story, GeneratorHarness.Compilation(app));
        AdditionalText[] fixedSpelling = [.. Story.Take(1), GeneratorHarness.Article("b.txt", "Pier opens\n\nGovernor Aleksandr Kuzmin cut the ribbon at Skerrow, near Portmain.\n"), .. Story.Skip(2)];
        var (after, _) = GeneratorHarness.Run(fixedSpelling, GeneratorHarness.Compilation(app));

        Assert.Empty(GeneratorHarness.Problems(before));
        Assert.Empty(GeneratorHarness.Problems(after));
        static object? WrittenName(Compilation output) =>
            GeneratorHarness.Property(((System.Collections.IEnumerable)GeneratorHarness.Read(GeneratorHarness.Load(output), "NewsApp.Content.Articles", "B", "People")!).Cast<object>().Single(), "Name");
        Assert.Equal("Alexander Kouzmin", WrittenName(before));
        Assert.Equal("Aleksandr Kuzmin", WrittenName(after));
    }

    [Fact]
    public void An_edit_that_leaves_canonical_names_alone_reemits_only_the_edited_article()
    {
        var driver = GeneratorHarness.Driver(Story).RunGenerators(GeneratorHarness.Compilation());
        driver = driver
            .ReplaceAdditionalText(Story[3], GeneratorHarness.Article("d.txt", "Harvest\n\nGrowers in Lindholm picked pears, chair Marta Eklund said.\n"))
            .RunGenerators(GeneratorHarness.Compilation());

        var run = driver.GetRunResult().Results.Single();
        var reasons = run.TrackedSteps[TrackingNames.ArticleWithCorpus].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(3, reasons.Count(r => r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached));
        var sources = run.TrackedSteps[TrackingNames.ArticleSources].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(3, sources.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Single(sources, r => r == IncrementalStepRunReason.Modified);
    }
}
