using System.Linq;
using System.Runtime.CompilerServices;
using ContentGen.Generation.Model;
using ContentGen.Text.Corpus;
using ContentGen.Text.Model;

namespace ContentGen.Generation
{
    /// <summary>Projects the engine's parse into the generator's content-only spec.</summary>
    internal static class ArticleSpecFactory
    {
        // One spec per parse, for as long as the parse lives (ParseCache keeps parses across builds): a rebuild's
        // unchanged articles get the very spec the last build made, and equal specs compare by reference.
        private static readonly ConditionalWeakTable<ParsedArticle, Spec> Specs = new();
        private static readonly ConditionalWeakTable<ParsedArticle, Spec>.CreateValueCallback CreateSpec = article => new Spec(Build(article));

        /// <returns>null for a file that is no usable article (the analyzers report it as CG0001).</returns>
        public static ArticleSpec? Create(ParsedArticle article) => Specs.GetValue(article, CreateSpec).Value;

        private static ArticleSpec? Build(ParsedArticle article)
        {
            if (article.IsUnusable)
            {
                return null;
            }

            return new ArticleSpec(
                article.Path,
                article.Slug,
                article.Title,
                article.Kicker,
                article.Source,
                article.Date,
                article.Credit,
                article.Author,
                article.Tags,
                article.Paragraphs.Select(p => p.Text).ToEquatableArray(),
                article.Quotes.Select(q => new QuoteSpec(q.Text, q.Speaker, q.Paragraph)).ToEquatableArray(),
                article.People.Select(p => new PersonSpec(p.Name, p.Spellings)).ToEquatableArray(),
                article.Figures.Select(f => new FigureSpec(f.Value, f.Unit, f.Text, f.Qualifier, f.Paragraph)).ToEquatableArray(),
                StoryFeatures.Of(article));
        }

        private sealed class Spec
        {
            public Spec(ArticleSpec? value) => Value = value;

            public ArticleSpec? Value { get; }
        }
    }
}
