using ContentGen.Synthesis;
using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;
using ContentGen.Text.Glossaries;
using ContentGen.Text.Parsing;

namespace ContentGen.Tests.Engine;

/// <summary>
/// The analyzer updates the previous compilation's corpus index instead of rebuilding it when an edit cannot have
/// changed people, stories or furniture: the updated index must give exactly the findings a rebuild gives, and the
/// update must be refused whenever it could differ.
/// </summary>
public class CorpusUpdateTests
{
    private static ArticleText Article(string path, string text) => new(ArticleParser.Parse(path, text), text);

    private static readonly IReadOnlyList<SynthesizedArticle> Synthesized = new CorpusSynthesizer(7).Generate(60);

    private static List<ArticleText> Corpus() => Synthesized.Select(a => Article(a.FileName, a.Text)).ToList();

    private static List<string> Findings(CorpusIndex index) =>
        index.Articles.SelectMany(a => CorpusChecks.Run(a, index).Select(f => $"{a.Path} {f.RuleId} {f.Range.Start} {f.Message}")).ToList();

    [Fact]
    public void A_body_edit_updates_the_index_and_gives_the_findings_a_rebuild_gives()
    {
        var articles = Corpus();
        var previous = new CorpusIndex(articles);

        // Change a figure in a story article: people, story features and furniture stay the same.
        var target = articles.FindIndex(a => a.Article.Figures.Count > 0 && previous.SameStory(previous.Find(a.Article.Path)!).Any());
        Assert.True(target >= 0);
        var figure = articles[target].Article.Figures[0];
        var text = articles[target].Text;
        var edited = text.Substring(0, figure.Range.Start) + "9" + text.Substring(figure.Range.Start);
        articles[target] = Article(articles[target].Article.Path, edited);

        var updated = previous.Update(articles);

        Assert.NotNull(updated);
        Assert.Same(previous.People, updated.People);
        Assert.Same(articles[target], updated.Find(articles[target].Article.Path)!.Article);
        Assert.Equal(Findings(new CorpusIndex(articles)), Findings(updated));
    }

    [Theory]
    [InlineData("person")]
    [InlineData("added")]
    [InlineData("removed")]
    [InlineData("slug")]
    [InlineData("glossary")]
    public void An_edit_that_could_change_people_stories_or_names_rebuilds(string change)
    {
        var articles = new List<ArticleText>
        {
            Article("a.txt", "Ferry back\n\nGovernor Aleksandr Kuzmin reopened the Skerrow ferry in Portmain on Monday.\n"),
            Article("b.txt", "Pier opens\n\nGovernor Alexander Kouzmin cut the ribbon at Skerrow, near Portmain.\n"),
        };
        var previous = new CorpusIndex(articles);
        Glossary? glossary = null;
        switch (change)
        {
            case "person":
                articles[1] = Article("b.txt", "Pier opens\n\nGovernor Alexander Kuzmin cut the ribbon at Skerrow, near Portmain.\n");
                break;
            case "added":
                articles.Add(Article("c.txt", "Harvest\n\nGrowers in Lindholm picked apples.\n"));
                break;
            case "removed":
                articles.RemoveAt(1);
                break;
            case "slug":
                articles[1] = Article("b.txt", "---\nslug: pier\n---\nPier opens\n\nGovernor Alexander Kouzmin cut the ribbon at Skerrow, near Portmain.\n");
                break;
            case "glossary":
                glossary = GlossaryParser.Parse("ContentGen.glossary", "Alexander Kouzmin = Aleksandr Kuzmin\n");
                break;
        }

        Assert.Null(previous.Update(articles, glossary));
    }

    [Fact]
    public void An_unchanged_corpus_updates_to_the_same_articles()
    {
        var articles = Corpus();
        var previous = new CorpusIndex(articles);

        var updated = previous.Update(articles);

        Assert.NotNull(updated);
        Assert.Equal(previous.Articles, updated.Articles);
    }

    [Fact]
    public void A_list_that_repeats_one_path_in_place_of_another_is_refused()
    {
        var articles = Corpus();
        var previous = new CorpusIndex(articles);

        var repeated = articles.ToList();
        repeated[^1] = repeated[0]; // as many entries, one path twice, the last path gone

        Assert.Null(previous.Update(repeated));
    }

    [Fact]
    public void An_edit_of_a_story_article_updates_only_its_story_and_keeps_the_rest_shared()
    {
        var articles = Corpus();
        var previous = new CorpusIndex(articles);
        var target = articles.FindIndex(a => previous.SameStory(previous.Find(a.Article.Path)!).Any());
        var before = previous.Find(articles[target].Article.Path)!;
        articles[target] = Article(articles[target].Article.Path, articles[target].Text + "\nOne more closing line, added.\n");

        var updated = previous.Update(articles);

        Assert.NotNull(updated);
        var edited = updated.Find(articles[target].Article.Path)!;
        Assert.Same(articles[target], edited.Article);
        Assert.Contains(updated.Stories, story => story.Contains(edited));
        Assert.DoesNotContain(updated.Stories, story => story.Contains(before));
        Assert.Contains(previous.Stories, story => story.Contains(before)); // the previous index is left as it was
        Assert.Equal(previous.Stories.Count(), updated.Stories.Count());
        Assert.Equal(Findings(new CorpusIndex(articles)), Findings(updated));
        Assert.Equal(
            previous.Articles.Where(a => a.Path != edited.Path),
            updated.Articles.Where(a => a.Path != edited.Path));
    }
}
