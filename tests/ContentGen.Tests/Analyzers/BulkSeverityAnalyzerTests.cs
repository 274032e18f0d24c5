using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ContentGen.Tests.Analyzers;

/// <summary>
/// The bulk severity keys of a .globalconfig reach ContentGen's findings. Roslyn applies them only to diagnostics in
/// source files; the analyzer applies them to its findings in article files, and a rule's own key still wins.
/// </summary>
public sealed class BulkSeverityAnalyzerTests
{
    private const string Article = "Ferry returns\n\nThe ferry left {|#0:the the|} pier on {|#1:Thursday, November 26, 2021|}.\n";

    [Fact]
    public Task A_category_key_sets_the_severity_of_that_categorys_rules() => Run(
        "dotnet_analyzer_diagnostic.category-ContentGen.Content.severity = error\n",
        Expect("CG1002", DiagnosticSeverity.Error, 0),
        Expect("CG1005", DiagnosticSeverity.Error, 1));

    [Fact]
    public Task The_key_for_all_rules_applies_and_a_category_key_is_more_specific() => Run(
        "dotnet_analyzer_diagnostic.severity = suggestion\ndotnet_analyzer_diagnostic.category-ContentGen.Files.severity = error\n",
        Expect("CG1002", DiagnosticSeverity.Info, 0),
        Expect("CG1005", DiagnosticSeverity.Info, 1));

    [Fact]
    public Task None_turns_rules_off_but_a_rules_own_key_wins_over_bulk_keys() => Run(
        "dotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.CG1005.severity = error\n",
        // The analyzer leaves CG1005 to its own key; a build then makes it an error (PackageTests), while this test
        // host's compilation options list every id as "Default", which hides global keys from the compiler's filter.
        Expect("CG1005", DiagnosticSeverity.Warning, 1));

    [Fact]
    public Task Another_category_leaves_the_default() => Run(
        "dotnet_analyzer_diagnostic.category-ContentGen.Consistency.severity = error\n",
        Expect("CG1002", DiagnosticSeverity.Warning, 0),
        Expect("CG1005", DiagnosticSeverity.Warning, 1));

    private static DiagnosticResult Expect(string id, DiagnosticSeverity severity, int location) =>
        new DiagnosticResult(id, severity).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null);

    private static Task Run(string keys, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest().WithArticle("ferry.txt", Article);
        test.TestState.AnalyzerConfigFiles.Clear();
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.ProjectDir = {AnalyzerTest.ProjectDir}\n{keys}"));
        test.TestState.MarkupHandling = MarkupMode.Allow;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
