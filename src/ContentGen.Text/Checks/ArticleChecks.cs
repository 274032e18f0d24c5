using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Corpus;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// Runs every single-article rule, in order, over one parse of an article and drops the findings the editor
    /// accepted. Hosts call <see cref="ContentChecker"/>, which runs this and <see cref="CorpusChecks"/>.
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

        public static List<Finding> Run(ArticleText article)
        {
            var findings = new List<Finding>();
            foreach (var rule in Rules)
            {
                // An unusable file gets CG0001 and the hidden-character report, nothing that needs prose.
                if (article.Article.IsUnusable && !rule.Info.ChecksUnusableFiles)
                {
                    continue;
                }

                rule.Check(article, findings);
            }

            return Acceptance.Filter(findings, article.Article.Accepted, article.Text);
        }
    }
}
