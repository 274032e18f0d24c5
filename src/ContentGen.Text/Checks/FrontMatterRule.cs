using System.Collections.Generic;
using ContentGen.Text.Corpus;

namespace ContentGen.Text.Checks
{
    /// <summary>CG0003: front-matter lines the parser could not use, with the line and the reason.</summary>
    internal sealed class FrontMatterRule : IArticleRule
    {
        public static RuleInfo Metadata { get; } = new(RuleIds.MalformedLine, "Malformed front matter or glossary line", RuleCategory.Files);

        public RuleInfo Info => Metadata;

        public void Check(ArticleText article, List<Finding> findings)
        {
            foreach (var issue in article.Article.FrontMatterIssues)
            {
                findings.Add(new Finding(Info.Id, issue.Range, $"Line {issue.Line}: {issue.Message}"));
            }
        }
    }
}
