using System.Collections.Generic;
using ContentGen.Text.Corpus;
using ContentGen.Text.Model;

namespace ContentGen.Text.Checks
{
    /// <summary>CG0001: a file that cannot be an article — empty, whitespace only, binary or mis-decoded.</summary>
    internal sealed class UnusableFileRule : IArticleRule
    {
        public static RuleInfo Metadata { get; } = new(RuleIds.UnusableFile, "Article file cannot be used", RuleCategory.Files) { ChecksUnusableFiles = true };

        public RuleInfo Info => Metadata;

        public void Check(ArticleText article, List<Finding> findings)
        {
            var reason = article.Article.Unusable switch
            {
                UnusableReason.Empty => "it is empty",
                UnusableReason.WhitespaceOnly => "it holds only whitespace",
                UnusableReason.Binary => "it is binary, not text",
                UnusableReason.Undecodable => "most of it is not valid text in its encoding (save it as UTF-8)",
                _ => null,
            };
            if (reason is null)
            {
                return;
            }

            // The whole first line, or nothing for an empty file: Roslyn still shows the file and line 1.
            var text = article.Text;
            var end = 0;
            while (end < text.Length && end < 200 && text[end] != '\n' && text[end] != '\r')
            {
                end++;
            }

            findings.Add(new Finding(Info.Id, new TextRange(0, end), $"This file cannot be used as an article: {reason}; write the article or exclude the file with ContentGen=\"false\""));
        }
    }
}
