using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;
using ContentGen.Text.Fixes;
using ContentGen.Text.Glossaries;
using ContentGen.Text.Parsing;

namespace ContentGen.Tests.Fixes;

/// <summary>Runs the checks a build runs over articles (and a glossary) and the engine's fixes over their findings.</summary>
internal static class FixHarness
{
    /// <summary>Every finding of each article: single-article and, across the articles given, cross-article.</summary>
    public static List<(string Path, string Text, List<Finding> Findings)> Check(IReadOnlyList<(string Path, string Text)> articles, string? glossary = null)
    {
        var texts = articles.Select(a => new ArticleText(ArticleParser.Parse(a.Path, a.Text), a.Text)).ToList();
        var corpus = new CorpusIndex(texts, glossary is null ? Glossary.Empty : GlossaryParser.Parse("ContentGen.glossary", glossary));
        return texts.Select(t =>
        {
            var findings = ArticleChecks.Run(t);
            if (corpus.Find(t.Article.Path) is { } own)
            {
                findings.AddRange(CorpusChecks.Run(own, corpus));
            }

            return (t.Article.Path, t.Text, findings);
        }).ToList();
    }

    public static List<Finding> Check(string text) => Check([("Articles/a.txt", text)])[0].Findings;

    /// <summary>The fixes the findings of one rule offer in an article.</summary>
    public static List<TextFix> Fixes(string text, string ruleId) =>
        Check(text).Where(f => f.RuleId == ruleId).Select(f => FixProvider.For(f, text)).OfType<TextFix>().ToList();

    /// <summary>The article with every fix of one rule applied.</summary>
    public static string FixAll(string text, string ruleId) =>
        FixProvider.ApplyAll(Check(text).Where(f => f.RuleId == ruleId), text).Text;
}
