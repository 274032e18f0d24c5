using System.Collections.Generic;
using ContentGen.Text.Corpus;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// Runs the cross-article rules, in order, for one article of the corpus and drops the findings its front matter
    /// or the glossary accepts. The single-article rules are <see cref="ArticleChecks"/>; <see cref="ContentChecker"/> runs both.
    /// </summary>
    internal static class CorpusChecks
    {
        public static readonly IReadOnlyList<ICorpusRule> Rules = new ICorpusRule[]
        {
            new RepeatedLineRule(),
            new NameVariantRule(),
            new FigureConflictRule(),
            new QuoteWordingRule(),
            new DateConflictRule(),
            new GlossaryFactRule(),
        };

        public static List<Finding> Run(CorpusArticle article, CorpusIndex corpus)
        {
            var findings = new List<Finding>();
            if (!article.Article.Article.IsUnusable)
            {
                foreach (var rule in Rules)
                {
                    rule.Check(article, corpus, findings);
                }
            }

            findings = Acceptance.Filter(findings, article.Article.Article.Accepted, article.Article.Text);
            return Acceptance.Filter(findings, corpus.Glossary.Accepted, article.FileName, article.Article.Text);
        }
    }
}
