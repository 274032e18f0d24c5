using System.Collections.Immutable;
using ContentGen.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Tests.Generator;

/// <summary>Runs the generator in memory against offline reference assemblies and compiles its output.</summary>
public static class GeneratorHarness
{
    public const string ProjectDir = "/src/NewsApp/";

    public static readonly ImmutableArray<MetadataReference> Net80 = [.. Basic.Reference.Assemblies.Net80.References.All];

    public static readonly ImmutableArray<MetadataReference> NetStandard20 = [.. Basic.Reference.Assemblies.NetStandard20.References.All];

    public static CSharpCompilation Compilation(
        string code = "public static class Program { public static void Main() { } }",
        ImmutableArray<MetadataReference>? references = null,
        LanguageVersion languageVersion = LanguageVersion.CSharp12) =>
        CSharpCompilation.Create(
            "NewsApp",
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(languageVersion), path: "/src/NewsApp/Program.cs")],
            references ?? Net80,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// A compilation where articles can be embedded as UTF-8 data (.NET 8, C# 12: string literals within the budget,
    /// UTF-8 data past it), or only as string constants (.NET Standard 2.0, C# 9).
    /// </summary>
    public static CSharpCompilation CompilationFor(bool utf8Target) => utf8Target
        ? Compilation()
        : Compilation(references: NetStandard20, languageVersion: LanguageVersion.CSharp9);

    /// <param name="facts"><c>ContentGenFacts</c>: "All" for every article's facts holder.</param>
    /// <param name="stringBudget"><c>ContentGenStringPayloadBudget</c>: 0 stores every article as UTF-8 data where the target can.</param>
    public static TestOptionsProvider Options(string? ns = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null, string? facts = null, int? stringBudget = null)
    {
        var global = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "NewsApp",
            ["build_property.ProjectDir"] = ProjectDir,
        };
        if (ns is not null)
        {
            global["build_property.ContentGenNamespace"] = ns;
        }

        if (facts is not null)
        {
            global["build_property.ContentGenFacts"] = facts;
        }

        if (stringBudget is not null)
        {
            global["build_property.ContentGenStringPayloadBudget"] = stringBudget.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new TestOptionsProvider(global, perFile);
    }

    /// <param name="trackSteps">Record every step's inputs and outputs; costly for hundreds of articles (it records each Collect's inputs).</param>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, TestOptionsProvider? options = null, LanguageVersion languageVersion = LanguageVersion.CSharp12, bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            [new ArticleGenerator().AsSourceGenerator()],
            texts,
            new CSharpParseOptions(languageVersion),
            options ?? Options(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static AdditionalText Article(string name, string text) => new InMemoryAdditionalText(ProjectDir + "Articles/" + name, text);

    /// <summary>Runs the generator and returns the output compilation and the generator's result.</summary>
    public static (Compilation Output, GeneratorRunResult Result) Run(
        IEnumerable<AdditionalText> texts,
        CSharpCompilation? compilation = null,
        TestOptionsProvider? options = null)
    {
        compilation ??= Compilation();
        var driver = Driver(texts, options, ((CSharpParseOptions)compilation.SyntaxTrees.First().Options).LanguageVersion)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        return (output, driver.GetRunResult().Results.Single());
    }

    /// <summary>
    /// The packed text an article's generated source embeds, inflated when it is compressed (base64 of deflate), so a
    /// test can read what the payload holds.
    /// </summary>
    public static string PayloadOf(string source) => Assert.Single(Payloads(source));

    /// <summary>Every article payload in a generated source (a group file holds several), inflated.</summary>
    public static IEnumerable<string> Payloads(string source)
    {
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(source, @"#nullable enable\s*@""((?:[^""]|"""")*)""(u8)?\);"))
        {
            var literal = match.Groups[1].Value.Replace("\"\"", "\"", StringComparison.Ordinal);
            byte[] deflated;
            if (literal.Length > 0 && literal[0] is '\u4E00' or '\u4E01')
            {
                deflated = FromBase16384(literal);
            }
            else if (match.Groups[2].Success && System.Text.RegularExpressions.Regex.IsMatch(literal, "^[A-Za-z0-9+/]*={0,2}$"))
            {
                deflated = Convert.FromBase64String(literal);
            }
            else
            {
                yield return literal;
                continue;
            }

            using var input = new MemoryStream(deflated);
            using var inflated = new System.IO.Compression.DeflateStream(input, System.IO.Compression.CompressionMode.Decompress);
            using var reader = new StreamReader(inflated, System.Text.Encoding.UTF8);
            yield return reader.ReadToEnd();
        }
    }

    /// <summary>Base 16,384 (a string literal's payload) decoded bit by bit, independently of the generated reader.</summary>
    public static byte[] FromBase16384(string text)
    {
        var bits = string.Concat(text.Skip(1).Select(c => Convert.ToString(c - 0x4E00, 2).PadLeft(14, '0')));
        var count = bits.Length / 8 - (text[0] - 0x4E00);
        return Enumerable.Range(0, count).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }

    /// <summary>Why each output of a tracked generator step ran (cached, unchanged, modified, new).</summary>
    public static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    /// <summary>Errors and warnings of a compilation, excluding "no Main"-style noise that does not concern generated code.</summary>
    public static IReadOnlyList<Diagnostic> Problems(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>Emits and loads the compilation, so a test can read what the generated code holds at run time.</summary>
    public static System.Reflection.Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return System.Reflection.Assembly.Load(stream.ToArray());
    }

    /// <summary>An instance property's value, the most derived one of that name (an article's own People hides Article.People).</summary>
    public static object? Property(object target, string name)
    {
        for (var type = target.GetType(); type is not null; type = type.BaseType)
        {
            if (type.GetProperty(name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly) is { } property)
            {
                return property.GetValue(target);
            }
        }

        throw new InvalidOperationException($"{target.GetType()} has no property {name}");
    }

    /// <summary>A public constant's value: <c>Constant(assembly, "NewsApp.Content.ArticleFacts+B+People", "AleksandrKuzmin")</c>.</summary>
    public static object? Constant(System.Reflection.Assembly assembly, string typeName, string name) =>
        (assembly.GetType(typeName, throwOnError: true)!.GetField(name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            ?? throw new InvalidOperationException($"{typeName} has no constant {name}")).GetValue(null);

    /// <summary>A public static property's value, by type and member path ("Articles", "B", "People", ...).</summary>
    public static object? Read(System.Reflection.Assembly assembly, string typeName, string member, params string[] then)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var value = (type.GetProperty(member, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            ?? throw new InvalidOperationException($"{type} has no static property {member}")).GetValue(null);
        foreach (var next in then)
        {
            value = Property(value ?? throw new InvalidOperationException($"{member} is null"), next);
        }

        return value;
    }
}
