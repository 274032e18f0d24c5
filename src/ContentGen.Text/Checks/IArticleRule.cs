using System.Collections.Generic;
using ContentGen.Text.Corpus;

namespace ContentGen.Text.Checks
{
    /// <summary>A check of one article on its own.</summary>
    internal interface IArticleRule
    {
        /// <summary>The rule's ID, title, category and the rest of what hosts show.</summary>
        RuleInfo Info { get; }

        void Check(ArticleText article, List<Finding> findings);
    }
}
