using ContentGen.Analysis;
using ContentGen.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace ContentGen.Tests.Analyzers;

/// <summary>
/// Runs <see cref="ArticleAnalyzer"/> through Microsoft.CodeAnalysis.Testing with offline reference assemblies.
/// Articles are written with markup: <c>{|CG1002:the the|}</c> marks the exact span a diagnostic must cover.
/// </summary>
public sealed class AnalyzerTest : CSharpAnalyzerTest<ArticleAnalyzer, DefaultVerifier>
{
    public const string ProjectDir = "/0/Test0/";

    public AnalyzerTest()
    {
        // The testing library would download reference packs; use the offline ones instead.
        ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        TestState.AdditionalReferences.AddRange(GeneratorHarness.Net80);
        TestState.Sources.Add("public static class Program { public static void Main() { } }");
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.ProjectDir = {ProjectDir}\n"));
    }

    /// <summary>Adds an article at Articles/{name}; its markup marks the expected diagnostics.</summary>
    public AnalyzerTest WithArticle(string name, string markup)
    {
        TestState.AdditionalFiles.Add((ProjectDir + "Articles/" + name, markup));
        return this;
    }

    /// <summary>Verifies that the articles hold exactly the marked diagnostics and no others.</summary>
    public static Task VerifyArticle(string markup, string name = "article.txt") => new AnalyzerTest().WithArticle(name, markup).RunAsync();
}
