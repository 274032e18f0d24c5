using BenchmarkDotNet.Attributes;
using ContentGen.Analysis;
using ContentGen.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContentGen.Benchmarks;

/// <summary>Stages 4–5: the generator through GeneratorDriver and the analyzer through CompilationWithAnalyzers.</summary>
[MemoryDiagnoser]
public class RoslynBenchmarks
{
    private AdditionalText[] _texts = [];
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;
    private bool _flip;

    [Params(100, 1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpora.Texts(Corpora.Get(Articles));
        _compilation = Corpora.Compilation();
        _warm = Driver().RunGenerators(_compilation);
        _original = _texts[_texts.Length / 2];
        _edited = new Corpora.MemoryText(_original.Path, _original.GetText()!.ToString().Replace(" said ", " said that "));
    }

    private GeneratorDriver Driver() => CSharpGeneratorDriver.Create(
        [new ArticleGenerator().AsSourceGenerator()], _texts, new CSharpParseOptions(LanguageVersion.CSharp12), Corpora.Options);

    [Benchmark(Description = "4a. generator, cold run")]
    public int GeneratorCold() => Driver().RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "4b. generator, re-run after editing one article")]
    public int GeneratorEditOne()
    {
        // Alternate between two versions so that every iteration is a real edit of a warm driver.
        var (from, to) = _flip ? (_edited, _original) : (_original, _edited);
        _flip = !_flip;
        _warm = _warm.ReplaceAdditionalText(from, to).RunGenerators(_compilation);
        return _warm.GetRunResult().GeneratedTrees.Length;
    }

    [Benchmark(Description = "5a. analyzers, full run")]
    public int AnalyzersFull() => Analyzers(_texts).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;

    [Benchmark(Description = "5b. analyzers, one edited article in a warm corpus")]
    public int AnalyzersEditOne()
    {
        // A keystroke makes a new compilation: the parse cache is warm, the corpus index is rebuilt from it,
        // and the IDE asks for the diagnostics of the edited file only.
        _texts = _texts.Select(t => t == _original ? _edited : t).ToArray();
        (_original, _edited) = (_edited, _original);
        var result = Analyzers(_texts).GetAnalysisResultAsync(_original, CancellationToken.None).GetAwaiter().GetResult();
        return result.GetAllDiagnostics().Length;
    }

    private CompilationWithAnalyzers Analyzers(AdditionalText[] texts) => _compilation.WithAnalyzers(
        [new ArticleAnalyzer()],
        new CompilationWithAnalyzersOptions(new AnalyzerOptions([.. texts], Corpora.Options), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
}
