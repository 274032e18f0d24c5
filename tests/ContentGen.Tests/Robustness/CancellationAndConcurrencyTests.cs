using System.Diagnostics;
using ContentGen.Synthesis;
using ContentGen.Tests.Generator;
using Microsoft.CodeAnalysis;

namespace ContentGen.Tests.Robustness;

[Collection(TimingSensitive.Name)]
public class CancellationAndConcurrencyTests
{
    private static AdditionalText[] Corpus(int count) =>
        new CorpusSynthesizer(7).Generate(count).Select(a => GeneratorHarness.Article(a.FileName, a.Text)).ToArray();

    // Cancellation is measured on warm code: the first run of a process pays for JIT and compiled regular expressions.
    private static async Task WarmUp()
    {
        var warm = Corpus(20);
        await AnalyzerHarness.RunAsync(warm);
    }

    [Fact]
    public async Task Cancelling_analysis_of_a_large_corpus_stops_promptly()
    {
        await WarmUp();
        var texts = Corpus(3000);
        using var cancellation = new CancellationTokenSource();
        var run = AnalyzerHarness.AnalyzeAsync(GeneratorHarness.Compilation(), texts, cancellation.Token);
        await Task.Delay(200);
        var watch = Stopwatch.StartNew();
        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        // The design target is 100 ms; the bound is generous for a loaded CI machine.
        Assert.True(watch.ElapsedMilliseconds < 1000, $"stopped {watch.ElapsedMilliseconds} ms after cancellation");
    }

    [Fact]
    public async Task Cancelling_the_generator_stops_promptly()
    {
        await WarmUp();
        var texts = Corpus(1500);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var watch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            GeneratorHarness.Driver(texts).RunGenerators(GeneratorHarness.Compilation(), cancellation.Token));
        Assert.True(watch.ElapsedMilliseconds < 1200, $"stopped after {watch.ElapsedMilliseconds} ms (cancelled at 200 ms)");
    }

    [Fact]
    public async Task Concurrent_analysis_gives_the_same_diagnostics_every_time()
    {
        var texts = Corpus(60);
        static string Key(Diagnostic d) => $"{d.Id}|{d.Location.GetLineSpan()}|{d.GetMessage()}";
        var first = (await AnalyzerHarness.RunAsync(texts)).Analyzer.Select(Key).Order().ToList();
        Assert.NotEmpty(first);
        Assert.DoesNotContain(first, k => k.StartsWith("AD0001", StringComparison.Ordinal));

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => AnalyzerHarness.RunAsync(texts))));
        foreach (var run in runs)
        {
            Assert.Equal(first, run.Analyzer.Select(Key).Order().ToList());
        }
    }
}
