using System.Collections.Generic;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG1006: one person's name spelled two ways in one article ("Nikol Pashinyan" in a caption, "Pashinian" in
    /// the body). The first spelling is the reference; every later mention spelled otherwise is reported.
    /// Different people who share a surname are different people and are never compared.
    /// </summary>
    public sealed class NameSpelledTwoWaysRule : IArticleRule
    {
        public string Id => RuleIds.NameSpelledTwoWays;

        public void Check(ArticleText article, List<Finding> findings)
        {
            foreach (var person in article.Article.People)
            {
                if (person.Mentions.Count < 2)
                {
                    continue;
                }

                var reference = person.Mentions[0];
                var referenceLine = 0; // looked up only when needed: the line map is the costliest part of this rule
                foreach (var mention in person.Mentions)
                {
                    if (mention.Surname != reference.Surname)
                    {
                        if (referenceLine == 0)
                        {
                            referenceLine = article.Lines.LineOf(reference.SurnameRange.Start);
                        }

                        findings.Add(new Finding(
                            Id,
                            mention.SurnameRange,
                            $"Name '{mention.Surname}' is spelled '{reference.Surname}' at line {referenceLine} of this article; use one spelling"));
                    }
                }
            }
        }
    }
}
