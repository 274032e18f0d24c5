using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Checks;
using ContentGen.Text.Model;

namespace ContentGen.Text.Corpus
{
    /// <summary>One article of the corpus: its parse and text, and what the cross-article rules compare.</summary>
    public sealed class CorpusArticle
    {
        private List<(ParsedFigure Figure, string Unit, HashSet<string> Context)>? _figures;
        private List<(ParsedQuote Quote, string[] Words)>? _quotes;

        public CorpusArticle(ArticleText article)
        {
            Article = article;
            Features = StoryFeatures.Of(article.Article);
        }

        public ArticleText Article { get; }

        public ParsedArticle Parsed => Article.Article;

        public string Path => Parsed.Path;

        /// <summary>The file name alone, as messages name other articles.</summary>
        public string FileName => Path.Substring(Path.LastIndexOf('/') + 1);

        public StoryFeatures Features { get; }

        /// <summary>Figures with their unit key and sentence context, computed on first use.</summary>
        public IReadOnlyList<(ParsedFigure Figure, string Unit, HashSet<string> Context)> Figures =>
            _figures ??= Parsed.Figures.Select(f => (f, FigureComparison.UnitKey(f.Unit), FigureComparison.Context(Article.Text, f))).ToList();

        /// <summary>Quotes with their normalised words, computed on first use.</summary>
        public IReadOnlyList<(ParsedQuote Quote, string[] Words)> Quotes =>
            _quotes ??= Parsed.Quotes.Select(q => (q, QuoteComparison.Words(q.Text))).ToList();

        public int LineOf(int offset) => Article.Lines.LineOf(offset);

        /// <summary>"000_sochi.txt (line 20)".</summary>
        public string Where(TextRange range) => $"{FileName} (line {LineOf(range.Start)})";
    }
}
