using System.Diagnostics;
using ContentGen.Analysis;
using ContentGen.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContentGen.Benchmarks;

/// <summary>
/// The per-keystroke costs of stages 4b and 5b, broken down: a warm generator driver and a warm analyzer take a series
/// of one-article edits, and the time of each generator step (from Roslyn's step tracking) is summed, so a regression
/// shows which step grew. A diagnostic tool, not a substitute for the BenchmarkDotNet rows.
/// </summary>
internal static class EditOne
{
    /// <param name="trackSteps">
    /// Time each generator step through Roslyn's step tracking. Tracking itself costs far more than the steps at large N
    /// (it records every input of every Collect), so the totals are only meaningful without it.
    /// </param>
    /// <param name="edits">Edits timed per host; the first of them (still JIT-compiling the edit path) is left out.</param>
    /// <param name="distinct">
    /// Each edit a new text, as typing gives (a new word each time), instead of two versions in turn: every edit is then
    /// a corpus version the analyzer has not seen, so its index is updated rather than found in its cache.
    /// </param>
    /// <param name="shapeOnly">Also run <see cref="ShapeOnlyGenerator"/>: Roslyn's own cost for the pipeline's shape.</param>
    public static void Run(int count, bool trackSteps, int edits = 12, bool distinct = false, bool shapeOnly = false)
    {
        var texts = Corpora.Texts(Corpora.Get(count));
        var compilation = Corpora.Compilation();
        foreach (var generator in shapeOnly ? new IIncrementalGenerator[] { new ArticleGenerator(), new ShapeOnlyGenerator() } : [new ArticleGenerator()])
        {
            RunGenerator(generator, texts, compilation, count, trackSteps, edits, distinct);
        }

        RunAnalyzers(texts, compilation, edits, distinct);
    }

    /// <summary>Edits in the headline instead of the body: each changes the article's story features (<c>edit-one … --in-title</c>).</summary>
    public static bool InTitle { get; set; }

    private static AdditionalText Edit(AdditionalText original, int i, bool distinct)
    {
        var originalText = original.GetText()!.ToString();
        if (InTitle)
        {
            var lines = originalText.Split('\n');
            var title = Array.FindIndex(lines, 1, l => l.Trim().Length > 0);
            lines[title] = distinct ? $"{lines[title]} {(char)('a' + i % 26)}{(char)('a' + i / 26 % 26)}ward" : lines[title] + " again";
            return i % 2 == 1 && !distinct ? original : new Corpora.MemoryText(original.Path, string.Join('\n', lines));
        }

        return !distinct || i % 2 == 1
            ? i % 2 == 0 ? new Corpora.MemoryText(original.Path, originalText.Replace(" said ", " said that ")) : original
            : new Corpora.MemoryText(original.Path, originalText.Replace(" said ", $" said quietly{(char)('a' + i % 26)}{(char)('a' + i / 26 % 26)} "));
    }

    private static void RunGenerator(IIncrementalGenerator generator, AdditionalText[] texts, Compilation compilation, int count, bool trackSteps, int edits, bool distinct)
    {
        var driver = (GeneratorDriver)CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()], texts, new CSharpParseOptions(LanguageVersion.CSharp12), Corpora.Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

        var watch = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        var what = generator is ArticleGenerator ? "generator" : "Roslyn's own cost: the same pipeline shape doing nothing";
        Console.WriteLine($"{count:N0} articles: {what}, cold run {watch.ElapsedMilliseconds} ms");

        var original = texts[texts.Length / 2];
        var edited = Edit(original, 0, distinct: false);
        AdditionalText Next(int i) => distinct ? Edit(original, i, distinct) : i % 2 == 0 ? edited : original;
        var steps = new Dictionary<string, TimeSpan>();
        var total = TimeSpan.Zero;
        var times = new List<double>();
        var current = original;
        for (var i = 0; i < edits; i++)
        {
            var next = Next(i);
            watch.Restart();
            driver = driver.ReplaceAdditionalText(current, next).RunGenerators(compilation);
            current = next;
            var elapsed = watch.Elapsed;
            if (i == 0)
            {
                continue; // the first edit still JITs the edit paths
            }

            total += elapsed;
            times.Add(elapsed.TotalMilliseconds);
            foreach (var (name, runs) in trackSteps ? driver.GetRunResult().Results[0].TrackedSteps : [])
            {
                steps[name] = steps.GetValueOrDefault(name) + TimeSpan.FromTicks(runs.Sum(r => r.ElapsedTime.Ticks));
            }
        }

        var measured = edits - 1;
        Console.WriteLine($"{what}, one edit: {total.TotalMilliseconds / measured:F1} ms (mean of {measured}); {Tail(times)}");
        foreach (var (name, time) in steps.OrderByDescending(s => s.Value))
        {
            Console.WriteLine($"  {name,-22} {time.TotalMilliseconds / measured,8:F2} ms");
        }
    }

    private static void RunAnalyzers(AdditionalText[] texts, Compilation compilation, int edits, bool distinct)
    {
        var watch = new Stopwatch();
        var measured = edits - 1;
        var original = texts[texts.Length / 2];
        var edited = Edit(original, 0, distinct: false);
        AdditionalText Next(int i) => distinct ? Edit(original, i, distinct) : i % 2 == 0 ? edited : original;
        foreach (var analyzer in new DiagnosticAnalyzer[] { new ArticleAnalyzer(), new EmptyAdditionalFileAnalyzer() })
        {
            var files = texts.ToArray();
            AnalyzeFile(analyzer, compilation, files, files[0]); // warm the parse cache
            var total = TimeSpan.Zero;
            var times = new List<double>();
            for (var i = 0; i < edits; i++)
            {
                var index = files.Length / 2;
                files[index] = Next(i);
                watch.Restart();
                AnalyzeFile(analyzer, compilation, files, files[index]);
                if (i > 0)
                {
                    total += watch.Elapsed;
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            var what = analyzer is ArticleAnalyzer ? "analyzer, one edited article" : "Roslyn's own cost: an empty additional-file analyzer, same edits";
            Console.WriteLine($"{what}: {total.TotalMilliseconds / measured:F1} ms (mean of {measured}); {Tail(times)}");
        }
    }

    // The runtime keeps tiering up the edit path for dozens of edits: the last half is the warm cost, its mean with the
    // collections it pays for, its median without them.
    private static string Tail(List<double> times)
    {
        var tail = times.Skip(times.Count - times.Count / 2).ToList();
        return tail.Count == 0 ? "" : $"last {tail.Count}: mean {tail.Average():F1} ms, median {Stats.Median(tail):F1} ms";
    }

    // A new options provider each time, over the same options, as the IDE creates one per project snapshot.
    private static int AnalyzeFile(DiagnosticAnalyzer analyzer, Compilation compilation, AdditionalText[] texts, AdditionalText file) => compilation
        .WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(new AnalyzerOptions([.. texts], new SnapshotOptions(Corpora.Options)), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
        .GetAnalysisResultAsync(file, CancellationToken.None).GetAwaiter().GetResult().GetAllDiagnostics().Length;

    private sealed class SnapshotOptions(AnalyzerConfigOptionsProvider options) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => options.GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options.GetOptions(tree);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options.GetOptions(textFile);
    }

    // A benchmark fixture run in-process, never loaded by a compiler: the analyzer-project rules do not apply.
#pragma warning disable RS1036, RS1041, RS2008

    /// <summary>Does nothing per article file: what any analyzer of additional files costs per compilation.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class EmptyAdditionalFileAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("EMPTY0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start => start.RegisterAdditionalFileAction(_ => { }));
        }
    }
#pragma warning restore RS1036, RS1041, RS2008
}
