using System.Diagnostics;
using ContentGen.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Benchmarks;

/// <summary>
/// What the generated code costs the compiler, apart from the generator and the analyzers: binding (all compiler
/// diagnostics) and emitting the assembly, for N articles, second run of each (JIT warm, as in the compiler server).
/// </summary>
internal static class CompileCost
{
    public static void Run(int count)
    {
        var texts = Corpora.Texts(Corpora.Get(count));
        for (var run = 0; run < 2; run++)
        {
            var watch = Stopwatch.StartNew();
            CSharpGeneratorDriver.Create([new ArticleGenerator().AsSourceGenerator()], texts, new CSharpParseOptions(LanguageVersion.CSharp12), Corpora.Options)
                .RunGeneratorsAndUpdateCompilation(Corpora.Compilation(), out var output, out _);
            var generate = watch.Elapsed;
            watch.Restart();
            var errors = output.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            var bind = watch.Elapsed;
            watch.Restart();
            using var stream = new MemoryStream();
            var emitted = output.Emit(stream).Success;
            var emit = watch.Elapsed;
            var generatedChars = output.SyntaxTrees.Sum(t => (long)t.Length);
            Console.WriteLine($"{count:N0} articles (run {run + 1}): generator {generate.TotalMilliseconds:F0} ms, binding {bind.TotalMilliseconds:F0} ms ({errors} errors), emit {emit.TotalMilliseconds:F0} ms (success {emitted}), {stream.Length:N0} bytes of IL and data, {generatedChars:N0} characters of C#");
        }
    }
}
