using System.Diagnostics;
using System.Text;
using ContentGen.Analysis;
using ContentGen.Generation;
using ContentGen.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Benchmarks;

/// <summary>
/// What a compiler-server rebuild that changed no article costs the generator and the analyzer: each pass reads the
/// same articles into new SourceTexts (from bytes, with their checksum, as the compiler reads files), runs a fresh
/// generator driver and a fresh analyzer over the whole compilation, with the engine's process-wide caches emptied
/// first ("cold", what every build paid before the caches) and kept ("warm"), alternately.
/// </summary>
internal static class Rebuild
{
    /// <param name="warmOnly">Only warm passes after the first (for a profile of what a rebuild pays with the caches).</param>
    public static void Run(int count, int passes, bool steps = false, bool warmOnly = false)
    {
        var files = Corpora.Get(count).Select(a => (Path: Corpora.ProjectDir + "Articles/" + a.FileName, Bytes: Encoding.UTF8.GetBytes(a.Text))).ToList();
        var compilation = Corpora.Compilation();
        Console.WriteLine($"{count:N0} articles, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, {Environment.ProcessorCount} cores");
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        Pass(files, compilation, cold: true); // JIT
        var times = new Dictionary<string, List<(double Generator, double Analyzer)>> { ["cold"] = [], ["warm"] = [] };
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var cold in warmOnly ? new[] { false } : new[] { true, false })
            {
                var (generator, analyzer, diagnostics) = Pass(files, compilation, cold);
                times[cold ? "cold" : "warm"].Add((generator, analyzer));
                Console.WriteLine($"  pass {pass + 1} {(cold ? "cold" : "warm")}: generator {generator,7:F1} ms, analyzer {analyzer,7:F1} ms ({diagnostics:N0} diagnostics), parses kept {ParseCache.Count:N0}");
            }
        }

        if (steps)
        {
            // Step times of one more warm run, from Roslyn's step tracking (which itself costs more than the steps).
            var texts = files.Select(f => (AdditionalText)new FileText(f.Path, f.Bytes)).ToArray();
            var result = CSharpGeneratorDriver.Create([new ArticleGenerator().AsSourceGenerator()], texts, new CSharpParseOptions(LanguageVersion.CSharp12), Corpora.Options,
                    new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true))
                .RunGenerators(compilation).GetRunResult().Results[0];
            foreach (var (name, runs) in result.TrackedSteps.OrderByDescending(s => s.Value.Sum(r => r.ElapsedTime.Ticks)))
            {
                Console.WriteLine($"  warm step {name,-22} {runs.Sum(r => r.ElapsedTime.TotalMilliseconds),8:F1} ms");
            }
        }

        foreach (var (mode, runs) in times)
        {
            Console.WriteLine($"{mode}: generator median {Stats.Median(runs.Select(r => r.Generator)):F1} ms, analyzer median {Stats.Median(runs.Select(r => r.Analyzer)):F1} ms");
        }

        // What any analyzer of additional files costs per compilation in Roslyn itself, for comparison.
        var empty = new List<double>();
        for (var pass = 0; pass < passes; pass++)
        {
            var texts = files.Select(f => (AdditionalText)new FileText(f.Path, f.Bytes)).ToArray();
            var watch = Stopwatch.StartNew();
            compilation.WithAnalyzers([new EditOne.EmptyAdditionalFileAnalyzer()], new CompilationWithAnalyzersOptions(new AnalyzerOptions([.. texts], Corpora.Options), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
                .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            empty.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"an empty additional-file analyzer (Roslyn's own cost): median {Stats.Median(empty):F1} ms");
        // What the caches keep alive between builds (with the analyzer's last corpus per project, which it kept before).
        var live = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"managed memory kept between builds: {(live - baseline) / 1_000_000.0:F0} MB above the corpus itself ({ParseCache.Count:N0} parses), peak working set {Environment.WorkingSet / 1_000_000:N0} MB now, {Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000:N0} MB peak");
    }

    private static (double Generator, double Analyzer, int Diagnostics) Pass(List<(string Path, byte[] Bytes)> files, CSharpCompilation compilation, bool cold)
    {
        if (cold)
        {
            EngineCache.Clear();
        }

        var texts = files.Select(f => (AdditionalText)new FileText(f.Path, f.Bytes)).ToArray();
        var watch = Stopwatch.StartNew();
        CSharpGeneratorDriver.Create([new ArticleGenerator().AsSourceGenerator()], texts, new CSharpParseOptions(LanguageVersion.CSharp12), Corpora.Options)
            .RunGeneratorsAndUpdateCompilation(compilation, out _, out _);
        var generator = watch.Elapsed.TotalMilliseconds;

        watch.Restart();
        var diagnostics = compilation
            .WithAnalyzers([new ArticleAnalyzer()], new CompilationWithAnalyzersOptions(new AnalyzerOptions([.. texts], Corpora.Options), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
        return (generator, watch.Elapsed.TotalMilliseconds, diagnostics);
    }

    /// <summary>An article file as the compiler reads one: decoded from its bytes, with the checksum of those bytes.</summary>
    private sealed class FileText(string path, byte[] bytes) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(new MemoryStream(bytes), Encoding.UTF8, SourceHashAlgorithm.Sha256);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
