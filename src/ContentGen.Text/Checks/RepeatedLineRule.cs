using System.Collections.Generic;
using ContentGen.Text.Corpus;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG1001, corpus form: a short unpunctuated line that stands verbatim in several articles is scraped page
    /// furniture whatever its wording ("Subscribe to the Harbour Gazette"). Whole sentences are never counted:
    /// wire copy that several outlets reprint is not boilerplate.
    /// </summary>
    public sealed class RepeatedLineRule : ICorpusRule
    {
        public string Id => RuleIds.Boilerplate;

        public void Check(CorpusArticle article, CorpusIndex corpus, List<Finding> findings)
        {
            foreach (var paragraph in article.Article.Article.Paragraphs)
            {
                foreach (var segment in paragraph.Segments)
                {
                    var line = paragraph.Text.Substring(segment.TextOffset, segment.Length);
                    var count = corpus.ArticlesWithLine(line);
                    if (count >= CorpusIndex.RepeatedLineThreshold)
                    {
                        findings.Add(new Finding(Id, new Model.TextRange(segment.SourceStart, segment.Length), $"Line '{MessageText.Short(line)}' stands verbatim in {count} articles, like scraped page furniture; delete it, or accept it if it is content"));
                    }
                }
            }
        }
    }
}
