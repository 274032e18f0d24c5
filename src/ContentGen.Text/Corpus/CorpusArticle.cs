using System.Collections.Generic;
using ContentGen.Text.Model;

namespace ContentGen.Text.Corpus
{
    /// <summary>One article of the corpus: its parse and text, and what the cross-article rules compare.</summary>
    internal sealed class CorpusArticle
    {
        public CorpusArticle(ArticleText article) => Article = article;

        /// <summary>
        /// This article's place among the index's distinct paths, the same in every index updated from the one that set
        /// it (an update keeps the paths), so that an update can check it saw each path once without a set of them.
        /// </summary>
        internal int Slot { get; set; } = -1;

        public ArticleText Article { get; }

        public ParsedArticle Parsed => Article.Article;

        public string Path => Parsed.Path;

        /// <summary>The file name alone, as messages name other articles.</summary>
        public string FileName => Path.Substring(Path.LastIndexOf('/') + 1);

        public StoryFeatures Features => Article.Features;

        /// <summary>Figures with their unit key and sentence context (computed once per parse).</summary>
        public IReadOnlyList<FigureKey> Figures => Article.FigureKeys;

        /// <summary>Quotes with their normalised words (computed once per parse).</summary>
        public IReadOnlyList<QuoteKey> Quotes => Article.QuoteWords;

        public int LineOf(int offset) => Article.Lines.LineOf(offset);

        /// <summary>
        /// "Articles/000_sochi.txt (line 20)": the path as the project or command line knows it, not the file name
        /// alone, which two folders may share ("nyt.txt").
        /// </summary>
        public string Where(TextRange range) => $"{Path} (line {LineOf(range.Start)})";
    }
}
