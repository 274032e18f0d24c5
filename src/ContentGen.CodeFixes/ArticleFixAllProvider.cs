using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ContentGen.Text.Fixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.CodeFixes
{
    /// <summary>
    /// Fix all for findings in article files. Roslyn's batch fixer merges changes of regular documents only, so this
    /// one gathers the diagnostics of the chosen rule, groups them by article (an additional document, matched by
    /// path), and applies each article's compatible fixes in one change: fixes whose edits collide are left for a
    /// second pass, as the engine's <see cref="TextEdits.Compatible"/> decides for every host.
    /// </summary>
    internal sealed class ArticleFixAllProvider : FixAllProvider
    {
        public static readonly ArticleFixAllProvider Instance = new();

        // No document scope: Roslyn's public FixAllContext names a Document, never an additional document, so the
        // article a "fix all in document" was asked for cannot be told from the others.
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
        {
            var projects = context.Scope == FixAllScope.Solution ? context.Solution.Projects : new[] { context.Project };
            var solution = context.Solution;
            var fixedAny = false;
            foreach (var project in projects)
            {
                var diagnostics = await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                foreach (var byPath in diagnostics
                    .Where(d => d.Location.Kind == LocationKind.ExternalFile && ArticleCodeFixProvider.EquivalenceKey(d.Id) == context.CodeActionEquivalenceKey)
                    .GroupBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal))
                {
                    var document = project.AdditionalDocuments.FirstOrDefault(d => string.Equals(d.FilePath, byPath.Key, StringComparison.Ordinal));
                    if (document is null)
                    {
                        continue;
                    }

                    var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
                    var fixes = new List<TextFix>();
                    var changesByFix = new Dictionary<TextFix, List<TextChange>>();
                    foreach (var diagnostic in byPath)
                    {
                        if (FixProperties.Decode(diagnostic.Properties) is { } decoded && ArticleCodeFixProvider.Changes(decoded.Edits, text) is { } changes)
                        {
                            var fix = new TextFix(diagnostic.Id, decoded.Title, default, decoded.Edits.Select(e => e.Edit).ToList());
                            fixes.Add(fix);
                            changesByFix[fix] = changes;
                        }
                    }

                    var all = TextEdits.Compatible(fixes).SelectMany(fix => changesByFix[fix]).ToList();
                    if (all.Count > 0)
                    {
                        solution = solution.WithAdditionalDocumentText(document.Id, text.WithChanges(all));
                        fixedAny = true;
                    }
                }
            }

            return fixedAny ? CodeAction.Create(Title(context), _ => Task.FromResult(solution), context.CodeActionEquivalenceKey) : null;
        }

        private static string Title(FixAllContext context) => context.Scope switch
        {
            FixAllScope.Project => "Fix all in the project's articles",
            _ => "Fix all in the solution's articles",
        };
    }
}
