namespace ContentGen.Tests.Generator;

public class SnapshotTests
{
    [Fact]
    public void Generated_sources_match_the_committed_snapshots()
    {
        // The code names one article's facts: its source shows the facts holder, the other's does not.
        var (_, result) = GeneratorHarness.Run(
        [
            GeneratorHarness.Article("river-crossing.txt", Fixtures.Read("river-crossing.txt")),
            GeneratorHarness.Article("front-matter.txt", Fixtures.Read("front-matter.txt")),
        ],
        GeneratorHarness.Compilation("public static class Program { public static void Main() => System.Console.WriteLine(NewsApp.Content.ArticleFacts.RiverCrossing.Figures.Months); }"));

        Assert.Equal(
            ["ContentGen.Article.g.cs", "ContentGen.Articles.CustomSlug.g.cs", "ContentGen.Articles.RiverCrossing.g.cs", "ContentGen.Articles.g.cs"],
            result.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        foreach (var source in result.GeneratedSources)
        {
            Snapshot.Match(source.HintName.Replace(".g.cs", ".verified.cs"), source.SourceText.ToString());
        }
    }
}
