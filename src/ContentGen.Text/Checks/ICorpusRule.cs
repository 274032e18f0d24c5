using System.Collections.Generic;
using ContentGen.Text.Corpus;

namespace ContentGen.Text.Checks
{
    /// <summary>A check of one article against the rest of the corpus; findings are reported on this article.</summary>
    internal interface ICorpusRule
    {
        /// <summary>The rule's ID, title, category and the rest of what hosts show.</summary>
        RuleInfo Info { get; }

        void Check(CorpusArticle article, CorpusIndex corpus, List<Finding> findings);
    }
}
