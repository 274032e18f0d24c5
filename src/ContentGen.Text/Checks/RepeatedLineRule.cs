using System.Collections.Generic;
using ContentGen.Text.Corpus;
using ContentGen.Text.Model;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG1001, corpus form: a short unpunctuated line that stands verbatim in several articles is scraped page
    /// furniture whatever its wording ("Subscribe to the Harbour Gazette"). Whole sentences are never counted:
    /// wire copy that several outlets reprint is not boilerplate.
    /// </summary>
    internal sealed class RepeatedLineRule : ICorpusRule
    {
        /// <summary>Reported as scraped boilerplate (CG1001): a line repeated across articles is page furniture too.</summary>
        public RuleInfo Info => BoilerplateRule.Metadata;

        public void Check(CorpusArticle article, CorpusIndex corpus, List<Finding> findings)
        {
            foreach (var (segment, line) in CorpusIndex.ContentLines(article.Parsed))
            {
                // Only furniture candidates are counted: the test spares hashing every line of prose.
                var count = CorpusIndex.IsFurnitureCandidate(line) ? corpus.ArticlesWithLine(line) : 0;
                if (count >= CorpusIndex.RepeatedLineThreshold)
                {
                    findings.Add(new Finding(Info.Id, new Model.TextRange(segment.SourceStart, segment.Length), $"Line '{MessageText.Short(line)}' stands verbatim in {count} articles, like scraped page furniture; delete it, or accept it if it is content"));
                }
            }
        }
    }
}
