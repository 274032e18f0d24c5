using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Corpus;
using ContentGen.Text.Glossaries;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// Runs every single-article rule, in order, over one parse of an article, drops the findings the editor accepted
    /// (in the article's front matter or the glossary) and reports front-matter acceptances that accept nothing. Hosts
    /// call <see cref="ContentChecker"/>, which runs this and <see cref="CorpusChecks"/>.
    /// </summary>
    internal static class ArticleChecks
    {
        public static readonly IReadOnlyList<IArticleRule> Rules = new IArticleRule[]
        {
            new UnusableFileRule(),
            new FrontMatterRule(),
            new BoilerplateRule(),
            new RepeatedWordRule(),
            new UnbalancedPairRule(),
            new BrokenSentenceRule(),
            new WeekdayMismatchRule(),
            new NameSpelledTwoWaysRule(),
            new HiddenCharacterRule(),
        };

        public static List<Finding> Run(ArticleText article, Glossary? glossary = null)
        {
            var findings = Find(article);
            var stale = StaleAcceptance.InArticle(article, findings, corpusPass: false);
            findings = Acceptance.Filter(findings, article.Article.Accepted, article.Text);
            if (glossary is not null)
            {
                findings = Acceptance.Filter(findings, glossary.Accepted, FileName(article.Article.Path), article.Text);
            }

            findings.AddRange(stale);
            return findings;
        }

        /// <summary>Every single-article finding, before acceptances; <paramref name="onlyRule"/> runs one rule ID only.</summary>
        public static List<Finding> Find(ArticleText article, string? onlyRule = null)
        {
            var findings = new List<Finding>();
            foreach (var rule in Rules)
            {
                // An unusable file gets CG0001 and the hidden-character report, nothing that needs prose.
                if ((article.Article.IsUnusable && !rule.Info.ChecksUnusableFiles)
                    || (onlyRule is not null && !string.Equals(rule.Info.Id, onlyRule, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                rule.Check(article, findings);
            }

            return findings;
        }

        internal static string FileName(string path) => path.Substring(path.LastIndexOf('/') + 1);
    }
}
