using System.Collections.Concurrent;
using System.Collections.Immutable;
using ContentGen.Synthesis;
using ContentGen.Text.Corpus;
using ContentGen.Text.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Benchmarks;

/// <summary>Synthesized corpora (seed 42), made once per size and shared by the benchmarks.</summary>
public static class Corpora
{
    public const string ProjectDir = "/bench/NewsApp/";
    private static readonly ConcurrentDictionary<int, IReadOnlyList<SynthesizedArticle>> Cache = new();

    public static IReadOnlyList<SynthesizedArticle> Get(int count) => Cache.GetOrAdd(count, n => new CorpusSynthesizer(42).Generate(n));

    public static long Bytes(IReadOnlyList<SynthesizedArticle> articles) => articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));

    internal static List<ArticleText> Parse(IReadOnlyList<SynthesizedArticle> articles) =>
        articles.Select(a => new ArticleText(ArticleParser.Parse("Articles/" + a.FileName, a.Text), a.Text)).ToList();

    public static AdditionalText[] Texts(IReadOnlyList<SynthesizedArticle> articles) =>
        articles.Select(a => (AdditionalText)new MemoryText(ProjectDir + "Articles/" + a.FileName, a.Text)).ToArray();

    public static readonly ImmutableArray<MetadataReference> References = [.. Basic.Reference.Assemblies.Net80.References.All];

    public static CSharpCompilation Compilation() => CSharpCompilation.Create(
        "NewsApp",
        [CSharpSyntaxTree.ParseText("public static class Program { public static void Main() { } }", new CSharpParseOptions(LanguageVersion.CSharp12))],
        References,
        new CSharpCompilationOptions(OutputKind.ConsoleApplication));

    public static AnalyzerConfigOptionsProvider Options { get; } = new Options_(new Dictionary<string, string>());

    /// <summary>With <c>ContentGenFacts=All</c>: every article's facts holder, as the generated code had before holders were generated on use.</summary>
    public static AnalyzerConfigOptionsProvider OptionsWithAllFacts { get; } = new Options_(new Dictionary<string, string> { ["build_property.ContentGenFacts"] = "All" });

    public sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options_(Dictionary<string, string> extra) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new Dictionary<string, string>(extra)
        {
            ["build_property.RootNamespace"] = "NewsApp",
            ["build_property.ProjectDir"] = ProjectDir,
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.Empty;

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Values Empty = new([]);

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
