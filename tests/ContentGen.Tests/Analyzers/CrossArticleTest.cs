using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ContentGen.Tests.Analyzers;

/// <summary>Helpers for multi-article analyzer tests: a glossary file and expected results with both locations.</summary>
public static class CrossArticleTest
{
    public const string GlossaryPath = AnalyzerTest.ProjectDir + "ContentGen.glossary";

    public static AnalyzerTest WithGlossary(this AnalyzerTest test, string text)
    {
        test.TestState.AdditionalFiles.Add((GlossaryPath, text));
        return test;
    }

    /// <summary>Expects <paramref name="id"/> at marker <paramref name="at"/> pointing to marker <paramref name="other"/>.</summary>
    public static AnalyzerTest Expect(this AnalyzerTest test, string id, int at, int other, string? message = null)
    {
        var result = new DiagnosticResult(id, DiagnosticSeverity.Warning).WithLocation(at).WithLocation(other);
        test.ExpectedDiagnostics.Add(message is null ? result : result.WithMessage(message));
        return test;
    }
}
