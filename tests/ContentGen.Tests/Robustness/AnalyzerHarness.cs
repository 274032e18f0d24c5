using System.Collections.Immutable;
using ContentGen.Analysis;
using ContentGen.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContentGen.Tests.Robustness;

/// <summary>Runs the generator and then the analyzer over one in-memory project, as a build would.</summary>
public static class AnalyzerHarness
{
    public sealed record Result(Compilation Output, ImmutableArray<Diagnostic> Generated, ImmutableArray<Diagnostic> Analyzer);

    public static async Task<Result> RunAsync(IReadOnlyList<AdditionalText> texts, CancellationToken cancellationToken = default)
    {
        var compilation = GeneratorHarness.Compilation();
        GeneratorHarness.Driver(texts, GeneratorHarness.Options()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics, cancellationToken);
        return new Result(output, generatorDiagnostics, await AnalyzeAsync(output, texts, cancellationToken));
    }

    /// <summary>Runs only the analyzer over a compilation and its article files.</summary>
    public static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, IReadOnlyList<AdditionalText> texts, CancellationToken cancellationToken = default)
    {
        var analyzers = compilation.WithAnalyzers(
            [new ArticleAnalyzer()],
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([.. texts], GeneratorHarness.Options()), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        return analyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
    }
}
