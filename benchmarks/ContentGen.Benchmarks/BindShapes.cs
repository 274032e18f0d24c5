using System.Diagnostics;
using System.Text.RegularExpressions;
using ContentGen.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Benchmarks;

/// <summary>
/// Which part of the generated code makes binding grow faster than the number of articles: the code for N articles
/// as generated (default options) and rewritten as text (payloads empty, UTF-8 payloads as strings, no doc comments),
/// binding (all compiler diagnostics) and emit timed in-process, rounds interleaved, the first round (JIT) left out.
/// </summary>
internal static class BindShapes
{
    private static readonly Regex DocComment = new(@"^[ \t]*///.*\r?\n", RegexOptions.Compiled | RegexOptions.Multiline);
    private static readonly Regex Payload = new(@"@""(?:[^""]|"""")*""(?=(?:u8)?\);)", RegexOptions.Compiled);

    public static void Run(int count, int rounds)
    {
        var texts = Corpora.Texts(Corpora.Get(count));
        CSharpGeneratorDriver.Create([new ArticleGenerator().AsSourceGenerator()], texts, new CSharpParseOptions(LanguageVersion.CSharp12), Corpora.Options)
            .RunGeneratorsAndUpdateCompilation(Corpora.Compilation(), out var generated, out _);
        var variants = new (string Name, Func<string, string> Rewrite)[]
        {
            ("as generated", text => text),
            ("UTF-8 payloads as strings", text => text.Replace("\"u8);", "\");", StringComparison.Ordinal)),
            ("empty payloads", text => Payload.Replace(text, "@\"\"")),
            ("no doc comments", text => DocComment.Replace(text, "")),
            ("no docs, empty payloads", text => Payload.Replace(DocComment.Replace(text, ""), "@\"\"")),
        };

        var times = variants.ToDictionary(v => v.Name, _ => (Bind: new List<double>(), Emit: new List<double>()));
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var (name, rewrite) in variants)
            {
                var compilation = generated;
                long chars = 0;
                foreach (var tree in generated.SyntaxTrees.Skip(1).ToList())
                {
                    var rewritten = rewrite(tree.ToString());
                    chars += rewritten.Length;
                    compilation = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(rewritten, (CSharpParseOptions)tree.Options, tree.FilePath));
                }

                var watch = Stopwatch.StartNew();
                var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
                var bind = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                using var stream = new MemoryStream();
                compilation.Emit(stream);
                var emit = watch.Elapsed.TotalMilliseconds;
                Console.WriteLine($"round {round}, {name,-26}: {chars:N0} chars, binding {bind,6:F0} ms ({errors} errors), emit {emit,6:F0} ms ({stream.Length:N0} bytes)");
                if (round > 0)
                {
                    times[name].Bind.Add(bind);
                    times[name].Emit.Add(emit);
                }
            }
        }

        foreach (var (name, _) in variants)
        {
            Console.WriteLine($"median of {rounds}, {name,-26}: binding {Stats.Median(times[name].Bind),6:F0} ms, emit {Stats.Median(times[name].Emit),6:F0} ms");
        }
    }
}
