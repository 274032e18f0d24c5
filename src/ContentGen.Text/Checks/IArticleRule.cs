using System.Collections.Generic;

namespace ContentGen.Text.Checks
{
    /// <summary>A check of one article on its own.</summary>
    public interface IArticleRule
    {
        string Id { get; }

        void Check(ArticleText article, List<Finding> findings);
    }
}
