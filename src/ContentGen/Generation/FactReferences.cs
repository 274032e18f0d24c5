using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContentGen.Generation
{
    /// <summary>
    /// Finds which articles' facts the project's code names: <c>ArticleFacts.SochiTalks</c> in any form the language
    /// writes it (qualified, <c>global::</c>, in a <c>using</c> directive, inside <c>nameof</c>). Syntax only, so each C#
    /// file is read on its own and an edit re-reads only that file.
    /// </summary>
    internal static class FactReferences
    {
        /// <summary>The class that holds every article's facts.</summary>
        public const string HolderClass = "ArticleFacts";

        /// <summary>Stands for "every article": the code names the holder class itself (an alias, <c>using static</c>).</summary>
        public const string All = "*";

        /// <summary>A cheap first test on every node: the identifier <c>ArticleFacts</c>.</summary>
        public static bool IsCandidate(SyntaxNode node) =>
            node is IdentifierNameSyntax { Identifier.ValueText: HolderClass };

        /// <summary>
        /// The article name after <c>ArticleFacts.</c>, or <see cref="All"/> when the class is used some other way (an alias
        /// or <c>using static</c> can reach any article, so every holder is generated).
        /// </summary>
        public static string ArticleName(SyntaxNode node)
        {
            // Climb from `ArticleFacts` to the whole name that ends with it: `Content.ArticleFacts`, `global::X.ArticleFacts`.
            SyntaxNode holder = node;
            if (node.Parent is QualifiedNameSyntax qualified && qualified.Right == node
                || node.Parent is MemberAccessExpressionSyntax access && access.Name == node
                || node.Parent is AliasQualifiedNameSyntax alias && alias.Name == node)
            {
                holder = node.Parent;
            }

            return holder.Parent switch
            {
                MemberAccessExpressionSyntax member when member.Expression == holder => member.Name.Identifier.ValueText,
                QualifiedNameSyntax name when name.Left == holder => name.Right.Identifier.ValueText,
                _ => All,
            };
        }
    }
}
