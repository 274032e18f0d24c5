using System.Collections.Immutable;
using ContentGen.Generation;
using ContentGen.Generation.Model;
using ContentGen.Synthesis;
using ContentGen.Tests.Generator;
using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;
using ContentGen.Text.Parsing;
using Microsoft.CodeAnalysis;

namespace ContentGen.Tests.Caching;

/// <summary>
/// A keystroke that changes an article's story features or people (a word in a headline, a name in the body) cannot
/// reuse the last corpus index whole; it still reuses what the edit left alone (docs/benchmarks.md, eleventh session):
/// people are resolved again only when a person changed, stories only when story features changed, and each reuse
/// must give what resolving afresh gives.
/// </summary>
[Collection(EngineCacheCollection.Name)]
public class CorpusReuseTests
{
    private static readonly IReadOnlyList<SynthesizedArticle> Synthesized = new CorpusSynthesizer(11).Generate(80);

    private static ArticleText Article(string path, string text) => new(ArticleParser.Parse(path, text), text);

    private static List<ArticleText> Corpus() => Synthesized.Select(a => Article(a.FileName, a.Text)).ToList();

    private static List<string> Findings(CorpusIndex index) =>
        index.Articles.SelectMany(a => CorpusChecks.Run(a, index).Select(f => $"{a.Path} {f.RuleId} {f.Range.Start} {f.Message}")).ToList();

    private static List<string> Stories(CorpusIndex index) => index.StoryPaths.Select(s => string.Join(",", s)).ToList();

    // The headline: the first non-blank line after the kicker, as the synthesizer writes articles.
    private static string WithHeadlineWord(string text, string word)
    {
        var lines = text.Split('\n');
        var title = Array.FindIndex(lines, 1, l => l.Trim().Length > 0);
        lines[title] += " " + word;
        return string.Join('\n', lines);
    }

    private static int StoryArticle(List<ArticleText> articles, CorpusIndex index) =>
        articles.FindIndex(a => a.Article.People.Count > 0 && index.SameStory(index.Find(a.Article.Path)!).Any());

    [Fact]
    public void A_headline_edit_keeps_the_people_and_gives_the_index_a_rebuild_gives()
    {
        var articles = Corpus();
        var previous = new CorpusIndex(articles);
        var target = StoryArticle(articles, previous);
        Assert.True(target >= 0);
        articles[target] = Article(articles[target].Article.Path, WithHeadlineWord(articles[target].Text, "Overnight"));
        Assert.False(articles[target].Features.Equals(previous.Articles.Single(a => a.Path == articles[target].Article.Path).Features));

        // The shared update refuses (the story features changed); the index built with the previous one reuses its people.
        Assert.Null(previous.Update(articles));
        var reused = new CorpusIndex(articles, null, previous);
        var fresh = new CorpusIndex(articles);

        Assert.Same(previous.People, reused.People);
        Assert.NotSame(previous.People, fresh.People);
        Assert.True(reused.HasSameSlugs(previous));
        Assert.Equal(Stories(fresh), Stories(reused));
        Assert.Equal(Findings(fresh), Findings(reused));
    }

    [Fact]
    public void A_name_edit_resolves_the_people_again()
    {
        var articles = Corpus();
        var previous = new CorpusIndex(articles);
        var target = StoryArticle(articles, previous);
        var person = articles[target].Article.People[0].Name;
        var surname = person[(person.LastIndexOf(' ') + 1)..];
        articles[target] = Article(articles[target].Article.Path, articles[target].Text.Replace(surname, surname + "ov", StringComparison.Ordinal));

        var reused = new CorpusIndex(articles, null, previous);
        var fresh = new CorpusIndex(articles);

        Assert.NotSame(previous.People, reused.People);
        Assert.Equal(Findings(fresh), Findings(reused));
        Assert.Equal(
            fresh.People.All.Select(p => p.CanonicalName).Order(StringComparer.Ordinal),
            reused.People.All.Select(p => p.CanonicalName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Stories_are_resolved_once_for_equal_features_and_afresh_for_others()
    {
        var features = Corpus().Select(a => a.Features).ToList();
        var first = StoryClustering.Resolve(features);

        // The same features in another order: the same resolution.
        Assert.Same(first, StoryClustering.Resolve(features.AsEnumerable().Reverse().ToList()));

        var edited = features.ToList();
        edited[3] = edited[3] with { TitleWords = new([.. edited[3].TitleWords, "overnight"]) };
        var second = StoryClustering.Resolve(edited);
        Assert.NotSame(first, second);

        // Back to the first features: resolved afresh, equal to the first.
        var again = StoryClustering.Resolve(features);
        Assert.NotSame(first, again);
        Assert.Equal(first.StoryOf.OrderBy(p => p.Key, StringComparer.Ordinal), again.StoryOf.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Identities_within_stories_are_the_ones_each_story_gives_on_its_own()
    {
        // Without a glossary a person never spans stories: resolving the whole corpus must give, story by story, what
        // resolving each story alone gives (the work is done per story; the same names recur across stories here).
        var articles = Corpus().Where(a => !a.Article.IsUnusable).ToList();
        var storyOf = StoryClustering.Resolve(articles.Select(a => a.Features).ToList()).StoryOf;
        var records = articles.SelectMany(a => a.Article.People.Select(p => new PersonRecord(a.Article.Path, p.Name, p.Spellings))).ToList();
        Assert.Contains(records.GroupBy(r => r.Name), g => g.Select(r => storyOf[r.Path]).Distinct().Count() > 1);

        var whole = new PersonIdentities(records, [], path => storyOf[path]);
        foreach (var story in records.GroupBy(r => storyOf[r.Path]))
        {
            var alone = new PersonIdentities(story, [], path => storyOf[path]);
            foreach (var record in story)
            {
                Assert.Equal(alone.Of(record.Path, record.Name)!.CanonicalName, whole.Of(record.Path, record.Name)!.CanonicalName);
                Assert.Equal(
                    alone.Of(record.Path, record.Name)!.Records.Select(r => (r.Path, r.Name)),
                    whole.Of(record.Path, record.Name)!.Records.Select(r => (r.Path, r.Name)));
            }
        }
    }

    [Theory]
    [InlineData("headline")]
    [InlineData("name")]
    public void The_generators_output_after_a_corpus_edit_is_what_a_fresh_run_gives(string edit)
    {
        var texts = Synthesized.Select(a => GeneratorHarness.Article(a.FileName, a.Text)).ToArray();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(texts, trackSteps: false).RunGenerators(compilation);

        var target = Synthesized.Select((a, i) => (a, i)).First(p => ArticleParser.Parse(p.a.FileName, p.a.Text).People.Count > 0).i;
        var text = Synthesized[target].Text;
        var editedText = edit == "headline"
            ? WithHeadlineWord(text, "Overnight")
            : text.TrimEnd() + "\n\nResident Ottilie Brandqvist said she would wait and see.\n"; // a new person: the stories stay
        var edited = GeneratorHarness.Article(Synthesized[target].FileName, editedText);
        driver = driver.ReplaceAdditionalText(texts[target], edited).RunGenerators(compilation);

        // A fresh driver after a run over another corpus, so that neither the generator nor the engine has this one.
        GeneratorHarness.Driver(texts.Take(10), trackSteps: false).RunGenerators(compilation);
        var afresh = texts.ToArray();
        afresh[target] = edited;
        var expected = GeneratorHarness.Driver(afresh, trackSteps: false).RunGenerators(compilation).GetRunResult();

        Assert.Equal(Sources(expected), Sources(driver.GetRunResult()));
    }

    [Fact]
    public void The_generators_corpus_after_a_people_edit_is_what_a_fresh_resolution_gives()
    {
        static ImmutableArray<CorpusKeys> Keys(IEnumerable<(string Path, string Text)> articles) => articles
            .Select(a => ArticleSpecFactory.Create(ArticleParser.Parse(a.Path, a.Text))!)
            .Select(spec => new CorpusKeys(spec.Path, spec.Slug, spec.People, spec.Story))
            .ToImmutableArray();

        var articles = Synthesized.Select(a => (Path: a.FileName, a.Text)).ToList();
        var target = articles.FindIndex(a => ArticleParser.Parse(a.Path, a.Text).People.Count > 0);
        var before = Keys(articles);
        articles[target] = (articles[target].Path, articles[target].Text.TrimEnd() + "\n\nResident Ottilie Brandqvist said she would wait and see.\n");
        var after = Keys(articles);

        // One more person, the same stories: the people are resolved again, the stories come out the same.
        var first = CorpusSpecFactory.Resolve(before, default, CancellationToken.None);
        var updated = CorpusSpecFactory.Resolve(after, default, CancellationToken.None);
        CorpusSpecFactory.Resolve(Keys(articles.Take(10)), default, CancellationToken.None);
        var fresh = CorpusSpecFactory.Resolve(after, default, CancellationToken.None);

        Assert.Equal(first.Stories, updated.Stories);
        Assert.NotEqual(first.CanonicalNames, updated.CanonicalNames);
        Assert.Equal(fresh, updated);
    }

    private static List<(string, string)> Sources(GeneratorDriverRunResult result) =>
        result.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();
}
