using System.Collections.Generic;
using ContentGen.Text.Corpus;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// Runs the cross-article rules, in order, for one article of the corpus, drops the findings its front matter or
    /// the glossary accepts, and reports front-matter acceptances of cross-article rules that accept nothing. The
    /// single-article rules are <see cref="ArticleChecks"/>; <see cref="ContentChecker"/> runs both.
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
            var findings = Find(article, corpus);
            var stale = StaleAcceptance.InArticle(article.Article, findings, corpusPass: true);
            findings = Acceptance.Filter(findings, article.Parsed.Accepted, article.Article.Text);
            findings = Acceptance.Filter(findings, corpus.Glossary.Accepted, article.FileName, article.Article.Text);
            findings.AddRange(stale);
            return findings;
        }

        /// <summary>Every cross-article finding of the article, before acceptances.</summary>
        public static List<Finding> Find(CorpusArticle article, CorpusIndex corpus)
        {
            var findings = new List<Finding>();
            if (!article.Parsed.IsUnusable)
            {
                foreach (var rule in Rules)
                {
                    rule.Check(article, corpus, findings);
                }
            }

            return findings;
        }
    }
}
