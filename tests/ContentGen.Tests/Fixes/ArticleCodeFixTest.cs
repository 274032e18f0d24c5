using System.Collections.Immutable;
using ContentGen.Analysis;
using ContentGen.CodeFixes;
using ContentGen.Tests.Analyzers;
using ContentGen.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Testing.Model;

namespace ContentGen.Tests.Fixes;

/// <summary>
/// Code-fix tests on article files with Microsoft.CodeAnalysis.Testing: articles are additional files written with
/// markup (<c>{|CG1002:the the|}</c>) and the library verifies the diagnostics of the input and of the fixed articles.
/// The library's own fix loop (1.1.4) only fixes diagnostics in source documents, so this test drives the code fix on
/// the additional documents the library built, as an IDE does: each fix applied one at a time until none is left,
/// then fix all in project and in solution from the input; every result must equal the fixed state's articles.
/// </summary>
public sealed class ArticleCodeFixTest : CSharpCodeFixTest<ArticleAnalyzer, ArticleCodeFixProvider, DefaultVerifier>
{
    public ArticleCodeFixTest()
    {
        ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        TestState.AdditionalReferences.AddRange(GeneratorHarness.Net80);
        TestState.Sources.Add("public static class Program { public static void Main() { } }");
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.ProjectDir = {AnalyzerTest.ProjectDir}\n"));
    }

    /// <summary>How many fixes one at a time the articles need; null: any number up to the fixable findings.</summary>
    public int? ExpectedIncrementalFixes { get; set; }

    /// <summary>An article before (with markup) and after the fixes.</summary>
    public ArticleCodeFixTest WithArticle(string name, string markup, string fixedText)
    {
        TestState.AdditionalFiles.Add((AnalyzerTest.ProjectDir + "Articles/" + name, markup));
        FixedState.AdditionalFiles.Add((AnalyzerTest.ProjectDir + "Articles/" + name, fixedText));
        return this;
    }

    /// <summary>A glossary (with markup for the findings that point at it), left as it is by the fixes.</summary>
    public ArticleCodeFixTest WithGlossary(string markup, string text)
    {
        TestState.AdditionalFiles.Add((CrossArticleTest.GlossaryPath, markup));
        FixedState.AdditionalFiles.Add((CrossArticleTest.GlossaryPath, text));
        return this;
    }

    protected override async Task RunImplAsync(CancellationToken cancellationToken)
    {
        var analyzers = GetDiagnosticAnalyzers().ToImmutableArray();
        var supported = analyzers.SelectMany(a => a.SupportedDiagnostics).ToImmutableArray();
        var fixable = GetCodeFixProviders().SelectMany(p => p.FixableDiagnosticIds).ToImmutableArray();
        var defaultDiagnostic = GetDefaultDiagnostic(analyzers.ToArray());
        var testState = TestState.WithInheritedValuesApplied(null, fixable).WithProcessedMarkup(MarkupOptions, defaultDiagnostic, supported, fixable, DefaultFilePath);
        var fixedState = FixedState.WithInheritedValuesApplied(TestState.WithInheritedValuesApplied(null, fixable), fixable).WithProcessedMarkup(MarkupOptions, defaultDiagnostic, supported, fixable, DefaultFilePath);

        await VerifyDiagnosticsAsync(new EvaluatedProjectState(testState, ReferenceAssemblies), [], [.. testState.ExpectedDiagnostics], Verify.PushContext("Diagnostics of test state"), cancellationToken);
        await VerifyDiagnosticsAsync(new EvaluatedProjectState(fixedState, ReferenceAssemblies), [], [.. fixedState.ExpectedDiagnostics], Verify.PushContext("Diagnostics of fixed state"), cancellationToken);

        var input = await CreateProjectAsync(new EvaluatedProjectState(testState, ReferenceAssemblies), [], cancellationToken);
        var provider = new ArticleCodeFixProvider();

        // One fix at a time, re-analysing after each, as a writer clicking the light bulb would.
        var project = input;
        var applied = 0;
        var limit = testState.ExpectedDiagnostics.Count(d => fixable.Contains(d.Id)) + 1;
        while (await FirstFixAsync(project, analyzers, provider, cancellationToken) is { } first)
        {
            project = await ApplyAsync(project, first.Action, cancellationToken);
            Verify.True(++applied <= limit, $"more than {limit - 1} fixes were applied one at a time: a fix does not remove its finding");
        }

        if (ExpectedIncrementalFixes is { } expected)
        {
            Verify.Equal(expected, applied, "number of fixes applied one at a time");
        }

        await CompareAsync(project, fixedState, "One fix at a time", cancellationToken);

        // Fix all from the input, in the project and in the solution: one pass must leave the fixed articles.
        foreach (var scope in new[] { FixAllScope.Project, FixAllScope.Solution })
        {
            if (await FirstFixAsync(input, analyzers, provider, cancellationToken) is not { } first)
            {
                await CompareAsync(input, fixedState, $"Fix all in {scope}", cancellationToken);
                continue;
            }

            Verify.True(provider.GetFixAllProvider().GetSupportedFixAllScopes().Contains(scope), $"fix all supports {scope}");
            var diagnostics = await GetSortedDiagnosticsAsync(input.Solution, analyzers, [], CompilerDiagnostics, Verify, cancellationToken);
            var context = new FixAllContext(input, provider, scope, first.Action.EquivalenceKey, fixable, new Diagnostics(diagnostics.Select(d => d.diagnostic).ToImmutableArray()), cancellationToken);
            var action = await provider.GetFixAllProvider().GetFixAsync(context);
            Verify.True(action is not null, $"fix all in {scope} offers an action");
            var fixedAll = await ApplyAsync(input, action!, cancellationToken);

            // A fix-all handles one rule (its equivalence key): one more pass per other rule, never more.
            var passes = 1;
            var rules = testState.ExpectedDiagnostics.Where(d => fixable.Contains(d.Id)).Select(d => d.Id).Distinct().Count();
            while (await FirstFixAsync(fixedAll, analyzers, provider, cancellationToken) is { } rest)
            {
                var nextDiagnostics = await GetSortedDiagnosticsAsync(fixedAll.Solution, analyzers, [], CompilerDiagnostics, Verify, cancellationToken);
                var next = new FixAllContext(fixedAll, provider, scope, rest.Action.EquivalenceKey, fixable, new Diagnostics(nextDiagnostics.Select(d => d.diagnostic).ToImmutableArray()), cancellationToken);
                var nextProject = await ApplyAsync(fixedAll, (await provider.GetFixAllProvider().GetFixAsync(next))!, cancellationToken);
                Verify.True(nextProject != fixedAll, "a fix-all changed nothing");
                Verify.True(++passes <= rules, $"fix all in {scope} needed {passes} passes for {rules} rules: it left fixes of its rule behind");
                fixedAll = nextProject;
            }

            await CompareAsync(fixedAll, fixedState, $"Fix all in {scope}", cancellationToken);
        }
    }

    private async Task<(Diagnostic Diagnostic, CodeAction Action)?> FirstFixAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, ArticleCodeFixProvider provider, CancellationToken cancellationToken)
    {
        var diagnostics = await GetSortedDiagnosticsAsync(project.Solution, analyzers, [], CompilerDiagnostics, Verify, cancellationToken);
        foreach (var (_, diagnostic) in diagnostics)
        {
            var document = project.AdditionalDocuments.FirstOrDefault(d => d.FilePath == diagnostic.Location.GetLineSpan().Path);
            if (document is null || !provider.FixableDiagnosticIds.Contains(diagnostic.Id))
            {
                continue;
            }

            var actions = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken));
            if (actions.Count > 0)
            {
                return (diagnostic, actions[0]);
            }
        }

        return null;
    }

    private static async Task<Project> ApplyAsync(Project project, CodeAction action, CancellationToken cancellationToken)
    {
        var operations = await action.GetOperationsAsync(cancellationToken);
        var change = operations.OfType<ApplyChangesOperation>().Single();
        return change.ChangedSolution.GetProject(project.Id)!;
    }

    private async Task CompareAsync(Project project, SolutionState expected, string context, CancellationToken cancellationToken)
    {
        var verifier = Verify.PushContext(context);
        foreach (var (path, text) in expected.AdditionalFiles)
        {
            var document = project.AdditionalDocuments.Single(d => d.FilePath == path);
            var actual = await document.GetTextAsync(cancellationToken);
            verifier.EqualOrDiff(text.ToString(), actual.ToString(), $"content of '{path}' did not match. Diff shown with expected as baseline:");
        }
    }

    /// <summary>The diagnostics of the project, as the IDE's fix-all gathers them.</summary>
    private sealed class Diagnostics(ImmutableArray<Diagnostic> all) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(all);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(all.Where(d => d.Location.SourceTree == document.GetSyntaxTreeAsync(cancellationToken).Result));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(all.Where(d => !d.Location.IsInSource));
    }
}
