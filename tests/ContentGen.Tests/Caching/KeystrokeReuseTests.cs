using System.Collections.Immutable;
using ContentGen.Analysis;
using ContentGen.Generation;
using ContentGen.Generation.Model;
using ContentGen.Inputs;
using ContentGen.Tests.Generator;
using ContentGen.Text.Corpus;
using Microsoft.CodeAnalysis;

namespace ContentGen.Tests.Caching;

/// <summary>
/// What a keystroke in a large project reuses from the compilation before it (docs/benchmarks.md, tenth session): the
/// analyzer's facts about each AdditionalText object, the corpus version compared without sorting, and the generator's
/// grouping of sources into files. Each reuse must give what computing afresh gives.
/// </summary>
[Collection(EngineCacheCollection.Name)]
public class KeystrokeReuseTests
{
    private static ArticleSource Source(int i, string members = "") =>
        new($"ContentGen.Articles.Note{i:D4}.g.cs", "NewsApp.Content", $"// note {i} {members}", string.Empty);

    [Fact]
    public void Regrouping_after_an_edit_equals_grouping_afresh_and_keeps_the_untouched_groups()
    {
        var count = SourceFileGroups.MaxSeparateFiles * 3;
        var before = Enumerable.Range(0, count).Select(i => (ArticleSource?)Source(i)).ToImmutableArray();
        var after = before.SetItem(17, Source(17, "edited")).SetItem(400, Source(400, "edited"));

        // Afresh: a grouping of another size first, so that nothing is reused.
        SourceFileGroups.Group(before.RemoveAt(0));
        var expected = SourceFileGroups.Group(after);

        var first = SourceFileGroups.Group(before);
        var regrouped = SourceFileGroups.Group(after);

        // By the groups' own equality (the one Roslyn compares this step's outputs with).
        Assert.True(expected.SequenceEqual(regrouped));
        // Only the groups that hold an edited source are new objects (the two may share one).
        var changed = regrouped.Where((group, i) => !ReferenceEquals(group, first[i])).ToList();
        var edited = regrouped.Where(group => group.Articles.Any(source => source.Members.Contains("edited", StringComparison.Ordinal))).ToList();
        Assert.InRange(edited.Count, 1, 2);
        Assert.Equal(edited, changed);
    }

    [Fact]
    public void Regrouping_keeps_a_duplicate_out_and_starts_afresh_when_a_hint_name_changes()
    {
        var count = SourceFileGroups.MaxSeparateFiles + 10;
        var sources = Enumerable.Range(0, count).Select(i => (ArticleSource?)Source(i)).ToList();
        sources.Add(Source(5, "listed twice")); // the same file listed twice: the first with the name wins
        sources.Add(null); // no source (C# before 9)
        var before = sources.ToImmutableArray();
        SourceFileGroups.Group(before);

        var duplicateEdited = SourceFileGroups.Group(before.SetItem(count, Source(5, "listed twice, edited")));
        Assert.DoesNotContain(duplicateEdited.SelectMany(g => g.Articles), s => s.Members.Contains("listed twice", StringComparison.Ordinal));
        Assert.Equal(count, duplicateEdited.Sum(g => g.Articles.Count));

        var renamed = before.SetItem(3, Source(9_999));
        var regrouped = SourceFileGroups.Group(renamed);
        SourceFileGroups.Group(renamed.RemoveAt(0));
        Assert.True(SourceFileGroups.Group(renamed).SequenceEqual(regrouped));
        Assert.Contains(regrouped.SelectMany(g => g.Articles), s => s.HintName == "ContentGen.Articles.Note9999.g.cs");
        Assert.DoesNotContain(regrouped.SelectMany(g => g.Articles), s => s.HintName == "ContentGen.Articles.Note0003.g.cs");
    }

    [Fact]
    public void Regrouping_a_long_list_of_few_sources_keeps_one_file_each()
    {
        // More entries than separate files allow, but most have no source (C# before 9): one file per source.
        var before = Enumerable.Range(0, SourceFileGroups.MaxSeparateFiles + 100).Select(i => i % 3 == 0 ? null : (ArticleSource?)Source(i)).ToImmutableArray();
        var after = before.SetItem(8, Source(8, "edited"));
        SourceFileGroups.Group(before.RemoveAt(0));
        var expected = SourceFileGroups.Group(after);

        SourceFileGroups.Group(before);
        var regrouped = SourceFileGroups.Group(after);

        Assert.True(expected.SequenceEqual(regrouped));
        Assert.All(regrouped, group => Assert.Single(group.Articles));
        Assert.Contains(regrouped, group => group.Articles[0].Members.Contains("edited", StringComparison.Ordinal));
    }

    [Fact]
    public void Corpus_versions_compare_their_parses_in_any_order_and_count_each()
    {
        var a = ParseCache.Get(Microsoft.CodeAnalysis.Text.SourceText.From("Alpha\n\nThe first one."), "a.txt");
        var b = ParseCache.Get(Microsoft.CodeAnalysis.Text.SourceText.From("Beta\n\nThe second one."), "b.txt");
        var c = ParseCache.Get(Microsoft.CodeAnalysis.Text.SourceText.From("Gamma\n\nThe third one."), "c.txt");

        Assert.Equal(new CorpusVersion([a, b, c], null, null), new CorpusVersion([c, a, b], null, null));
        Assert.Equal(new CorpusVersion([a, b, c], null, null).GetHashCode(), new CorpusVersion([b, c, a], null, null).GetHashCode());
        Assert.NotEqual(new CorpusVersion([a, b, c], null, null), new CorpusVersion([a, b, b], null, null));
        Assert.NotEqual(new CorpusVersion([a, a, b], null, null), new CorpusVersion([a, b, b], null, null));
        Assert.NotEqual(new CorpusVersion([a, b], "ContentGen.glossary", "X = Y\n"), new CorpusVersion([b, a], "ContentGen.glossary", "X = Z\n"));
    }

    [Fact]
    public void A_file_set_reads_each_files_role_afresh_under_other_options()
    {
        AdditionalText[] files =
        [
            new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "Articles/kept.txt", "Kept\n\nThis one stays."),
            new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "Articles/skipped.txt", "Skipped\n\nThis one is left out later."),
        ];
        var all = new ArticleFileSet([.. files], GeneratorHarness.Options(), CancellationToken.None);
        var again = new ArticleFileSet([.. files], GeneratorHarness.Options(), CancellationToken.None);
        var skipping = new ArticleFileSet([.. files], GeneratorHarness.Options(perFile: new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [files[1].Path] = new Dictionary<string, string> { [ArticleFileFilter.MetadataKey] = "false" },
        }), CancellationToken.None);

        Assert.Equal(2, all.Count);
        Assert.Equal(2, again.Count);
        Assert.Equal(1, skipping.Count);
        Assert.False(skipping.Contains(files[1].Path));
        Assert.Equal("Articles/kept.txt", skipping.RelativePath(files[0].Path));
        Assert.Equal(files[0].Path, all.FirstArticle);
        Assert.Equal(files[1].Path, all.FullPathOf("Articles/skipped.txt"));
        Assert.Same(files[1].GetText(), all.TextOf("Articles/skipped.txt"));
    }
}
