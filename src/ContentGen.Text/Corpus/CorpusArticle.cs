using ContentGen.Text.Checks;

namespace ContentGen.Text.Corpus
{
    /// <summary>One article of the corpus: its parse and text, with the checks' helpers.</summary>
    public sealed class CorpusArticle
    {
        public CorpusArticle(ArticleText article) => Article = article;

        public ArticleText Article { get; }

        public string Path => Article.Article.Path;
    }
}
