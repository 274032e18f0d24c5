using System.Collections.Generic;
using ContentGen.Text.Model;
using ContentGen.Text.Parsing;

namespace ContentGen.Text.Checks
{
    /// <summary>An article's parse together with its source text, as the checks need both.</summary>
    public sealed class ArticleText
    {
        private LineMap? _lines;

        public ArticleText(ParsedArticle article, string text)
        {
            Article = article;
            Text = text;
        }

        public ParsedArticle Article { get; }

        public string Text { get; }

        public LineMap Lines => _lines ??= new LineMap(Text);

        /// <summary>The prose blocks to check: the headline and kicker (when inferred from the text) and every paragraph.</summary>
        public IEnumerable<ParsedParagraph> Prose()
        {
            if (Article.TitleRange is { } title)
            {
                yield return new ParsedParagraph(Article.Title, new[] { new TextSegment(0, title.Start, title.Length) }.ToEquatableArray());
            }

            foreach (var paragraph in Article.Paragraphs)
            {
                yield return paragraph;
            }
        }

        public string Slice(TextRange range) => Text.Substring(range.Start, range.Length);
    }
}
