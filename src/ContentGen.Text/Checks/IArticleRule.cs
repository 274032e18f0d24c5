using System.Collections.Generic;
using ContentGen.Text.Corpus;

namespace ContentGen.Text.Checks
{
    /// <summary>A check of one article on its own.</summary>
    public interface IArticleRule
    {
        string Id { get; }

        void Check(ArticleText article, List<Finding> findings);
    }
}
