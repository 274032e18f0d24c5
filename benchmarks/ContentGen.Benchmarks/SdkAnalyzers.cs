using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using ContentGen.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContentGen.Benchmarks;

/// <summary>
/// What the SDK's CA2252 (preview features) and CA1856 (ConstantExpected) analyzers, which also analyze generated code,
/// spend on ContentGen's output for N articles, and the compiler's binding and emitting, for the generated code as it
/// is and for variants of it rewritten as text: the facts' <c>const decimal</c> (which C# emits as a static readonly
/// field with an attribute, initialized in a static constructor) declared as <c>const double</c> or <c>const long</c>,
/// without the facts holders (what a project that names no article's facts gets), without doc comments, with
/// empty payloads, and, without facts holders, with an empty catalog array or one array of slots instead of a field
/// per article. Generated with <c>ContentGenFacts=All</c>, so that the holders are there to compare. Timed
/// in-process, interleaved, second round reported.
/// </summary>
internal static class SdkAnalyzers
{
    private static readonly Regex DecimalConstant = new(@"public const decimal (\w+) = (-?[0-9.]+)m;", RegexOptions.Compiled);

    private static readonly Regex FactsHolders = new(@"^    public static partial class ArticleFacts\r?\n    \{\r?\n        /// <summary>The named facts of.*?^    \}\r?\n", RegexOptions.Compiled | RegexOptions.Singleline | RegexOptions.Multiline);
    private static readonly Regex DocComment = new(@"^[ \t]*///.*\r?\n", RegexOptions.Compiled | RegexOptions.Multiline);
    private static readonly Regex Payload = new(@"@""(?:[^""]|"""")*""(?=(?:u8)?\);)", RegexOptions.Compiled);

    private static readonly Regex CatalogAll = new(@"(internal static readonly global::[\w.]+\.Article\[\] All = new global::[\w.]+\.Article\[\]\s*\{)[^}]*(\})", RegexOptions.Compiled);
    private static readonly Regex LoadSlot = new(@"\.Load\(ref __(\w+),", RegexOptions.Compiled);
    private static readonly Regex SlotField = new(@"^ *private static global::[\w.]+\.Article\? __\w+;\r?\n", RegexOptions.Compiled | RegexOptions.Multiline);
    private static int _slots;

    // Every article's lazily unpacked instance in one array on the catalog instead of a field each.
    private static string SlotsNotFields(string text)
    {
        text = SlotField.Replace(LoadSlot.Replace(text, _ => $".Load(ref __Slots[{_slots++}],"), "");
        return text.Contains("private static class __Catalog", StringComparison.Ordinal)
            ? text.Replace("private static class __Catalog", "internal static readonly global::NewsApp.Content.Article?[] __Slots = new global::NewsApp.Content.Article?[100000];\n\n        private static class __Catalog", StringComparison.Ordinal)
            : text;
    }

    public static void Run(int count, string sdkAnalyzers)
    {
        var texts = Corpora.Texts(Corpora.Get(count));
        CSharpGeneratorDriver.Create([new ArticleGenerator().AsSourceGenerator()], texts, new CSharpParseOptions(LanguageVersion.CSharp12), Corpora.OptionsWithAllFacts)
            .RunGeneratorsAndUpdateCompilation(Corpora.Compilation(), out var generated, out _);
        var analyzers = Load(sdkAnalyzers);
        Console.WriteLine($"{count:N0} articles; analyzers: {string.Join(", ", analyzers.Select(a => a.GetType().Name))}");

        var variants = new (string Name, Func<string, string> Rewrite)[]
        {
            ("as generated (const decimal)", text => text),
            ("const double", text => DecimalConstant.Replace(text, "public const double $1 = $2;")),
            ("const long where integral", text => DecimalConstant.Replace(text, m => m.Groups[2].Value.Contains('.') ? $"public const double {m.Groups[1].Value} = {m.Groups[2].Value};" : $"public const long {m.Groups[1].Value} = {m.Groups[2].Value};")),
            ("no facts holders", text => FactsHolders.Replace(text, "")),
            ("no doc comments", text => DocComment.Replace(text, "")),
            ("empty payloads", text => Payload.Replace(text, "@\"\"")),
            ("no facts, catalog All empty", text => CatalogAll.Replace(FactsHolders.Replace(text, ""), "$1$2")),
            ("no facts, slots not fields", text => SlotsNotFields(FactsHolders.Replace(text, ""))),
            ("no facts, docs, payloads", text => Payload.Replace(DocComment.Replace(FactsHolders.Replace(text, ""), ""), "@\"\"")),
        };

        for (var round = 1; round <= 2; round++)
        {
            foreach (var (name, rewrite) in variants)
            {
                var compilation = generated;
                var parse = new Stopwatch();
                long chars = 0;
                foreach (var tree in generated.SyntaxTrees.Skip(1).ToList())
                {
                    var rewritten = rewrite(tree.ToString());
                    chars += rewritten.Length;
                    parse.Start();
                    var parsed = CSharpSyntaxTree.ParseText(rewritten, (CSharpParseOptions)tree.Options, tree.FilePath);
                    parse.Stop();
                    compilation = compilation.ReplaceSyntaxTree(tree, parsed);
                }

                var watch = Stopwatch.StartNew();
                var diagnostics = compilation.GetDiagnostics();
                var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                var bind = watch.Elapsed.TotalMilliseconds;
                foreach (var error in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(1))
                {
                    Console.WriteLine($"  {name}: {error}");
                }

                watch.Restart();
                using var stream = new MemoryStream();
                compilation.Emit(stream);
                var emit = watch.Elapsed.TotalMilliseconds;

                var withAnalyzers = compilation.WithAnalyzers([.. analyzers], new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
                watch.Restart();
                withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                var analyze = watch.Elapsed.TotalMilliseconds;
                var each = analyzers.Select(a => $"{a.GetType().Name} {withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds:F0} ms");
                Console.WriteLine($"round {round}, {name,-28}: {chars:N0} chars, parse {parse.Elapsed.TotalMilliseconds,5:F0} ms, binding {bind,6:F0} ms ({errors} errors), emit {emit,6:F0} ms ({stream.Length:N0} bytes), analyzers {analyze,6:F0} ms wall: {string.Join(", ", each)}");
            }
        }
    }

    private static List<DiagnosticAnalyzer> Load(string directory)
    {
        var loader = new Loader();
        return Directory.GetFiles(directory, "*NetAnalyzers.dll")
            .Where(path => !path.Contains("VisualBasic", StringComparison.Ordinal))
            .SelectMany(path => new AnalyzerFileReference(path, loader).GetAnalyzers(LanguageNames.CSharp))
            .Where(a => a.GetType().Name is "CSharpDetectPreviewFeatureAnalyzer" or "CSharpConstantExpectedAnalyzer")
            .ToList();
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
