using System.Diagnostics;
using ContentGen.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Benchmarks;

/// <summary>
/// What the generated code costs the compiler, apart from the generator and the analyzers: binding (all compiler
/// diagnostics) and emitting the assembly, for N articles, RUNS runs (default 2); the median of the runs after the first
/// (JIT warm, as in the compiler server: the binder's code takes several runs to tier up).
/// </summary>
internal static class CompileCost
{
    public static void Run(int count, int runs)
    {
        var texts = Corpora.Texts(Corpora.Get(count));
        var binds = new List<double>();
        var emits = new List<double>();
        var bindCpus = new List<double>();
        var emitCpus = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            CSharpGeneratorDriver.Create([new ArticleGenerator().AsSourceGenerator()], texts, new CSharpParseOptions(LanguageVersion.CSharp12), Corpora.Options)
                .RunGeneratorsAndUpdateCompilation(Corpora.Compilation(), out var output, out _);
            var generate = watch.Elapsed;
            watch.Restart();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var errors = output.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            var bind = watch.Elapsed;
            var bindCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            watch.Restart();
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            using var stream = new MemoryStream();
            var emitted = output.Emit(stream).Success;
            var emit = watch.Elapsed;
            var emitCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var generatedChars = output.SyntaxTrees.Sum(t => (long)t.Length);
            if (run > 0)
            {
                binds.Add(bind.TotalMilliseconds);
                emits.Add(emit.TotalMilliseconds);
                bindCpus.Add(bindCpu.TotalMilliseconds);
                emitCpus.Add(emitCpu.TotalMilliseconds);
            }

            Console.WriteLine($"{count:N0} articles (run {run + 1}): generator {generate.TotalMilliseconds:F0} ms, binding {bind.TotalMilliseconds:F0} ms, CPU {bindCpu.TotalMilliseconds:F0} ms ({errors} errors), emit {emit.TotalMilliseconds:F0} ms, CPU {emitCpu.TotalMilliseconds:F0} ms (success {emitted}), {stream.Length:N0} bytes of IL and data, {generatedChars:N0} characters of C#");
        }

        if (binds.Count > 0)
        {
            Console.WriteLine($"{count:N0} articles, median of runs 2-{runs}: binding {Stats.Median(binds):F0} ms, CPU {Stats.Median(bindCpus):F0} ms; emit {Stats.Median(emits):F0} ms, CPU {Stats.Median(emitCpus):F0} ms");
        }
    }
}
