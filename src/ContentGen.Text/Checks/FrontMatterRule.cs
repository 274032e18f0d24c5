using System.Collections.Generic;
using ContentGen.Text.Corpus;

namespace ContentGen.Text.Checks
{
    /// <summary>CG0003: front-matter lines the parser could not use, with the line and the reason.</summary>
    public sealed class FrontMatterRule : IArticleRule
    {
        public string Id => RuleIds.MalformedLine;

        public void Check(ArticleText article, List<Finding> findings)
        {
            foreach (var issue in article.Article.FrontMatterIssues)
            {
                findings.Add(new Finding(Id, issue.Range, $"Line {issue.Line}: {issue.Message}"));
            }
        }
    }
}
