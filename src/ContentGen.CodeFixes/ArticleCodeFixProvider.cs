using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using ContentGen.Text.Checks;
using ContentGen.Text.Fixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.CodeFixes
{
    /// <summary>
    /// Offers the engine's fix of a finding inside an article file (an additional document): the analyzer computed
    /// the edits with the engine's FixProvider and put them in the diagnostic's properties; this applies them, after
    /// checking that the text they replace is still there. Fix all (document, project, solution) applies every
    /// compatible fix of the chosen rule at once.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ArticleCodeFixProvider)), Shared]
    public sealed class ArticleCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            RuleIds.Boilerplate, RuleIds.RepeatedWord, RuleIds.UnbalancedPair, RuleIds.NameSpelledTwoWays, RuleIds.HiddenCharacter, RuleIds.NameVariant);

        public override FixAllProvider GetFixAllProvider() => ArticleFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.TextDocument;
            var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (FixProperties.Decode(diagnostic.Properties) is not { } fix || Changes(fix.Edits, text) is not { } changes)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(fix.Title, token => Apply(document, changes, token), EquivalenceKey(diagnostic.Id)),
                    diagnostic);
            }
        }

        /// <summary>One fix-all per rule: "fix all CG1002" applies every repeated word's fix, nothing else.</summary>
        public static string EquivalenceKey(string ruleId) => "ContentGen.Fix." + ruleId;

        /// <summary>The fix's edits as text changes, or null when the text they replace is no longer there.</summary>
        internal static List<TextChange>? Changes(List<(TextEdit Edit, string OldText)> edits, SourceText text)
        {
            var changes = new List<TextChange>(edits.Count);
            foreach (var (edit, old) in edits)
            {
                var span = new TextSpan(edit.Range.Start, edit.Range.Length);
                if (span.End > text.Length || text.ToString(span) != old)
                {
                    return null;
                }

                changes.Add(new TextChange(span, edit.NewText));
            }

            return changes;
        }

        private static async Task<Solution> Apply(TextDocument document, IEnumerable<TextChange> changes, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return document.Project.Solution.WithAdditionalDocumentText(document.Id, text.WithChanges(changes));
        }
    }
}
