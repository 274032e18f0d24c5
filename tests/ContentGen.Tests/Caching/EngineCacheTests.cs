using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using ContentGen.Analysis;
using ContentGen.Generation;
using ContentGen.Generation.Model;
using ContentGen.Inputs;
using ContentGen.Synthesis;
using ContentGen.Tests.Generator;
using ContentGen.Text;
using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;
using ContentGen.Text.Glossaries;
using ContentGen.Text.Model;
using ContentGen.Text.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Tests.Caching;

/// <summary>Tests of the process-wide caches, run alone: other tests' compilations advance and trim the same caches.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EngineCacheCollection
{
    public const string Name = "engine-cache";
}

/// <summary>
/// The engine's results kept across compilations (Inputs/EngineCache): a rebuild with new SourceTexts of unchanged
/// files reuses them, and they equal what a fresh computation gives; a change of an article, the glossary or the
/// project directory misses; the caches stay bounded and safe under concurrent use.
/// </summary>
[Collection(EngineCacheCollection.Name)]
public class EngineCacheTests
{
    private const string GlossaryText = "Nikol Pashinyan = Nikol Pashinian, Pashinian\n";

    private static readonly IReadOnlyList<SynthesizedArticle> Synthesized = new CorpusSynthesizer(2026).Generate(24);

    // Each call reads the files anew, as every command-line build does: new SourceText objects, same content.
    private static AdditionalText[] Files(Func<SynthesizedArticle, string>? textOf = null, string? glossary = GlossaryText)
    {
        var files = Synthesized.Select(a => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "Articles/" + a.FileName, textOf?.Invoke(a) ?? a.Text)).ToList();
        if (glossary is not null)
        {
            files.Add(new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "ContentGen.glossary", glossary));
        }

        return [.. files];
    }

    private static ArticleFileSet FileSet(AdditionalText[] files, string projectDir = GeneratorHarness.ProjectDir) =>
        new(files.ToImmutableArray(), new TestOptionsProvider(new Dictionary<string, string> { ["build_property.ProjectDir"] = projectDir }), CancellationToken.None);

    private static string Edit(SynthesizedArticle article) =>
        article == Synthesized[3] ? article.Text.Replace(" said ", " told reporters ") + "\nA closing line, added.\n" : article.Text;

    [Fact]
    public void Unchanged_text_in_a_new_SourceText_gets_the_parse_a_fresh_parse_gives()
    {
        var text = Synthesized[0].Text;
        var first = ParseCache.Get(SourceText.From(text, Encoding.UTF8), "Articles/a.txt");
        var second = ParseCache.Get(SourceText.From(text, Encoding.UTF8), "Articles/a.txt");

        Assert.Same(first, second);
        Assert.Equal(ArticleParser.Parse("Articles/a.txt", text), second.Article);
        Assert.Equal(text, second.Text);
    }

    [Fact]
    public void A_changed_text_at_the_same_path_or_the_same_text_at_another_path_is_parsed_again()
    {
        var text = Synthesized[1].Text;
        var original = ParseCache.Get(SourceText.From(text, Encoding.UTF8), "Articles/b.txt");
        var edited = ParseCache.Get(SourceText.From(text + "\nOne more paragraph.\n", Encoding.UTF8), "Articles/b.txt");
        var moved = ParseCache.Get(SourceText.From(text, Encoding.UTF8), "Articles/moved.txt");

        Assert.NotSame(original, edited);
        Assert.Equal(ArticleParser.Parse("Articles/b.txt", text + "\nOne more paragraph.\n"), edited.Article);
        Assert.NotSame(original, moved);
        Assert.Equal("Articles/moved.txt", moved.Article.Path);
    }

    [Fact]
    public void An_editing_session_keeps_a_few_versions_of_an_article_however_long_it_runs()
    {
        // No compilation advances a generation here, as in a host that runs the generator alone: the per-path bound
        // is what keeps the versions of one edited article from piling up.
        const string path = "Articles/long-session.txt";
        var before = ParseCache.Count;
        ArticleText? last = null;
        for (var edit = 0; edit < 40; edit++)
        {
            last = ParseCache.Get(SourceText.From($"Ferry timetable\n\nThe ferry sailed {edit} times this week.\n", Encoding.UTF8), path);
        }

        Assert.InRange(ParseCache.Count - before, 1, ParseCache.MaxVersionsPerPath);
        // The latest version is still shared with the next compilation's new SourceText of the same text.
        Assert.Same(last, ParseCache.Get(SourceText.From("Ferry timetable\n\nThe ferry sailed 39 times this week.\n", Encoding.UTF8), path));
    }

    [Fact]
    public void Texts_that_share_a_checksum_are_not_confused()
    {
        // One file's bytes read with two encodings: one checksum (of the bytes), two texts.
        var bytes = Encoding.Latin1.GetBytes("Caf\u00e9 reopens\n\nThe caf\u00e9 on Quay Street reopened on Monday.\n");
        var broken = SourceText.From(bytes, bytes.Length, Encoding.Latin1);
        var replaced = SourceText.From(bytes, bytes.Length, Encoding.UTF8);
        Assert.Equal(broken.GetChecksum().ToArray(), replaced.GetChecksum().ToArray());
        Assert.NotEqual(broken.ToString(), replaced.ToString());

        var first = ParseCache.Get(broken, "Articles/cafe.txt");
        var second = ParseCache.Get(replaced, "Articles/cafe.txt");

        Assert.Equal(broken.ToString(), first.Text);
        Assert.Equal(replaced.ToString(), second.Text);
    }

    [Fact]
    public void A_rebuild_with_the_same_files_reuses_the_corpus_results()
    {
        var first = FileSet(Files()).Results(CancellationToken.None);
        var second = FileSet(Files()).Results(CancellationToken.None);

        Assert.Same(first, second);
    }

    [Fact]
    public void A_changed_article_glossary_or_project_directory_misses_the_corpus_entry()
    {
        var original = FileSet(Files()).Results(CancellationToken.None);
        var edited = FileSet(Files(Edit)).Results(CancellationToken.None);
        var glossary = FileSet(Files(glossary: GlossaryText + "Irina Khodorenko = Irina Hodorenko\n")).Results(CancellationToken.None);
        var noGlossary = FileSet(Files(glossary: null)).Results(CancellationToken.None);
        var moved = FileSet(Files(), "/src/Elsewhere/").Results(CancellationToken.None);

        Assert.Equal(5, new[] { original, edited, glossary, noGlossary, moved }.Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.Contains(edited.Index.Articles, a => a.Article.Text.Contains("A closing line, added."));
        Assert.Equal(2, glossary.Index.Glossary.Names.Count);
        Assert.Empty(noGlossary.Index.Glossary.Names);
    }

    [Fact]
    public void The_analyzer_reports_the_same_diagnostics_from_the_cache_as_a_fresh_engine_computes()
    {
        var cold = Analyze(Files(Edit));
        var warm = Analyze(Files(Edit));
        Assert.Equal(cold, warm);

        // The same findings computed by the engine alone, from fresh parses, no cache involved.
        var fresh = Synthesized.Select(a => new ArticleText(ArticleParser.Parse("Articles/" + a.FileName, Edit(a)), Edit(a))).ToList();
        var checker = new ContentChecker(fresh, GlossaryParser.Parse("ContentGen.glossary", GlossaryText));
        var expected = fresh
            .SelectMany(a => checker.Check(a).Select(f => $"{a.Article.Path} {f.RuleId} {f.Range.Start}+{f.Range.Length} {f.Message}"))
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, warm.Where(d => !d.StartsWith("ContentGen.glossary", StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public void A_rebuild_reports_the_diagnostics_the_last_build_mapped_unless_the_severity_settings_changed()
    {
        static ImmutableArray<Diagnostic> Run(AdditionalText[] files, TestOptionsProvider options) =>
            GeneratorHarness.Compilation()
                .WithAnalyzers([new ArticleAnalyzer()], new AnalyzerOptions(files.ToImmutableArray(), options))
                .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

        var first = Run(Files(Edit), GeneratorHarness.Options());
        var second = Run(Files(Edit), GeneratorHarness.Options());
        var stricter = Run(Files(Edit), new TestOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "NewsApp",
            ["build_property.ProjectDir"] = GeneratorHarness.ProjectDir,
            ["dotnet_analyzer_diagnostic.severity"] = "error",
        }));

        // New SourceText objects, same content: the same diagnostics, mapped once (their locations are the same objects).
        Assert.NotEmpty(first);
        var firstLocations = first.Select(d => d.Location).ToHashSet(ReferenceEqualityComparer.Instance);
        Assert.All(second, d => Assert.Contains(d.Location, firstLocations));
        // Other severity settings map again, at the configured severity.
        Assert.Contains(stricter, d => d.Id.StartsWith("CG1", StringComparison.Ordinal));
        Assert.All(stricter.Where(d => d.Id.StartsWith("CG1", StringComparison.Ordinal)), d =>
        {
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.DoesNotContain(d.Location, firstLocations);
        });
    }

    private static List<string> Analyze(AdditionalText[] files) =>
        GeneratorHarness.Compilation()
            .WithAnalyzers([new ArticleAnalyzer()], new AnalyzerOptions(files.ToImmutableArray(), GeneratorHarness.Options()))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .Select(d => $"{d.Location.GetLineSpan().Path.Replace(GeneratorHarness.ProjectDir, string.Empty)} {d.Id} {d.Location.SourceSpan.Start}+{d.Location.SourceSpan.Length} {d.GetMessage()}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void The_generator_corpus_spec_is_reused_for_equal_inputs_and_equals_a_fresh_resolution()
    {
        var glossary = GlossaryParser.Parse("ContentGen.glossary", GlossaryText).Names.ToEquatableArray();
        var first = CorpusSpecFactory.Create(CorpusKeys(), glossary, CancellationToken.None);
        var second = CorpusSpecFactory.Create(CorpusKeys(), glossary, CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(CorpusSpecFactory.Resolve(CorpusKeys(), glossary, CancellationToken.None), second);

        var otherGlossary = GlossaryParser.Parse("ContentGen.glossary", "Irina Khodorenko = Irina Hodorenko\n").Names.ToEquatableArray();
        var changed = CorpusSpecFactory.Create(CorpusKeys(), otherGlossary, CancellationToken.None);
        Assert.NotSame(first, changed);
        Assert.Equal(CorpusSpecFactory.Resolve(CorpusKeys(), otherGlossary, CancellationToken.None), changed);
    }

    // Fresh parses (not through the cache), so the keys are equal in value but not the same objects.
    private static ImmutableArray<CorpusKeys> CorpusKeys() => Synthesized
        .Select(a => ArticleSpecFactory.Create(ArticleParser.Parse("Articles/" + a.FileName, a.Text))!)
        .Select(spec => new CorpusKeys(spec.Path, spec.Slug, spec.People, spec.Story))
        .ToImmutableArray();

    [Fact]
    public void A_fresh_generator_driver_over_the_same_files_generates_the_same_sources()
    {
        static List<string> Generate(AdditionalText[] files)
        {
            GeneratorHarness.Driver(files, trackSteps: false).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out _);
            return output.SyntaxTrees.Select(t => t.ToString()).ToList();
        }

        var cold = Generate(Files(Edit));
        var warm = Generate(Files(Edit));
        var unedited = Generate(Files());

        Assert.Equal(cold, warm);
        Assert.NotEqual(cold, unedited);
        Assert.Contains(cold, source => GeneratorHarness.Payloads(source).Any(payload => payload.Contains("A closing line, added.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Trimming_drops_entries_unused_for_the_kept_generations_then_the_oldest_above_the_cap()
    {
        var cache = new GenerationCache<string, string>(maxEntries: 3);
        cache.Add("stale", "s");
        EngineCache.Advance();
        var oldestKept = EngineCache.Generation;
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            cache.Add(key, key);
            EngineCache.Advance();
        }

        Assert.Equal(5, cache.Count);
        cache.Trim(oldestKept);

        // "stale" went for age; of the four used since, the least recently used went for the cap.
        Assert.Equal(3, cache.Count);
        Assert.Null(cache.Get("stale"));
        Assert.Null(cache.Get("a"));
        Assert.Equal("d", cache.Get("d"));

        // A look-up counts as use: "b" survives a trim that drops what was not used since.
        var now = EngineCache.Generation;
        Assert.Equal("b", cache.Get("b"));
        cache.Trim(now);
        Assert.Equal("b", cache.Get("b"));
        Assert.Null(cache.Get("c"));
    }

    [Fact]
    public void A_long_run_of_edits_keeps_the_parse_cache_bounded_by_the_kept_generations()
    {
        var text = Synthesized[5].Text;
        for (var edit = 0; edit < 3 * EngineCache.KeptGenerations; edit++)
        {
            ParseCache.Get(SourceText.From(text + $"\nEdit number {edit}.\n", Encoding.UTF8), "Articles/soak.txt");
            EngineCache.Advance();
        }

        // Of the 48 versions only those used in the last KeptGenerations generations remain (other entries may exist).
        Assert.True(ParseCache.Count <= EngineCache.KeptGenerations + Synthesized.Count * 8, $"{ParseCache.Count} parses kept");
        var recent = ParseCache.Get(SourceText.From(text + $"\nEdit number {3 * EngineCache.KeptGenerations - 1}.\n", Encoding.UTF8), "Articles/soak.txt");
        Assert.EndsWith($"Edit number {3 * EngineCache.KeptGenerations - 1}.\n", recent.Text);
    }

    [Fact]
    public void Concurrent_compilations_share_one_parse_per_content_and_never_mix_texts()
    {
        var texts = Synthesized.Take(6).Select(a => a.Text).ToArray();
        var seen = new ConcurrentDictionary<int, ConcurrentBag<ArticleText>>();
        var cache = new GenerationCache<int, string>(maxEntries: 4);
        Parallel.For(0, 600, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var which = i % texts.Length;
            var parse = ParseCache.Get(SourceText.From(texts[which], Encoding.UTF8), $"Articles/c{which}.txt");
            Assert.Equal(texts[which], parse.Text);
            Assert.Equal($"Articles/c{which}.txt", parse.Article.Path);
            seen.GetOrAdd(which, _ => new ConcurrentBag<ArticleText>()).Add(parse);

            Assert.Equal(cache.Get(i % 10) ?? cache.Add(i % 10, $"v{i % 10}"), $"v{i % 10}");
            if (i % 50 == 0)
            {
                EngineCache.Advance();
                cache.Trim(EngineCache.Generation - 1);
            }
        });

        // Trims during the run may drop an entry, so a text can be parsed more than once, but each parse is right.
        Assert.All(seen, pair => Assert.All(pair.Value, parse => Assert.Equal(texts[pair.Key], parse.Text)));
        cache.Trim(long.MinValue);
        Assert.True(cache.Count <= 4);
    }
}
