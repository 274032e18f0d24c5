using System.Collections.Generic;
using ContentGen.Text.Corpus;
using ContentGen.Text.Model;

namespace ContentGen.Text.Checks
{
    /// <summary>CG1001: scraped page furniture left in the article (the parser already kept it out of the paragraphs).</summary>
    internal sealed class BoilerplateRule : IArticleRule
    {
        public static RuleInfo Metadata { get; } = new(RuleIds.Boilerplate, "Scraped boilerplate left in the article", RuleCategory.Content);

        public RuleInfo Info => Metadata;

        public void Check(ArticleText article, List<Finding> findings)
        {
            foreach (var line in article.Article.Boilerplate)
            {
                findings.Add(new Finding(Info.Id, line.Range, $"Scraped {Describe(line.Kind)} '{MessageText.Short(line.Text)}' left in the article; delete it"));
            }
        }

        public static string Describe(BoilerplateKind kind) => kind switch
        {
            BoilerplateKind.Advertisement => "advertisement marker",
            BoilerplateKind.CopyrightNotice => "copyright-notice prompt",
            BoilerplateKind.Newsletter => "newsletter prompt",
            BoilerplateKind.RelatedLinks => "related-links heading",
            BoilerplateKind.SharePrompt => "share prompt",
            BoilerplateKind.DanglingCredit => "photo label with no credit",
            BoilerplateKind.TrailingFragment => "page fragment at the end",
            BoilerplateKind.Timestamp => "time stamp",
            BoilerplateKind.Byline => "byline",
            BoilerplateKind.Caption => "image caption or credit",
            BoilerplateKind.PageChrome => "page control",
            BoilerplateKind.RepeatedHeadline => "repeated headline",
            BoilerplateKind.Feed => "comment or story-feed entry",
            _ => "boilerplate",
        };
    }
}
