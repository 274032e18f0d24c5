using ContentGen.Analysis;
using ContentGen.Text;
using ContentGen.Text.Checks;
using Microsoft.CodeAnalysis;

namespace ContentGen.Tests.Architecture;

/// <summary>A rule's facts live on the rule; the analyzer's descriptors and release notes follow them.</summary>
public class RuleMetadataTests
{
    [Fact]
    public void Every_descriptor_is_built_from_its_rules_metadata()
    {
        var root = RepositoryRootAttribute.Get();
        var unshipped = File.ReadAllText(Path.Combine(root, "src", "ContentGen", "AnalyzerReleases.Unshipped.md"));

        Assert.Equal(ContentChecker.Rules.Select(r => r.Id), Descriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal));
        foreach (var rule in ContentChecker.Rules)
        {
            var descriptor = Descriptors.For(rule.Id);
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal("ContentGen." + rule.Category, descriptor.Category);
            Assert.Equal(rule.DefaultSeverity.ToString(), descriptor.DefaultSeverity.ToString());
            Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);

            // Release tracking cannot read a category computed at run time, so the release notes are checked here.
            Assert.Contains($"\n{rule.Id} | ContentGen.{rule.Category} | {rule.DefaultSeverity} | {rule.Title}", unshipped, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Only_the_file_level_rules_run_on_an_unusable_file()
    {
        var onUnusable = ContentChecker.Rules.Where(r => r.ChecksUnusableFiles).Select(r => r.Id);

        Assert.Equal([RuleIds.UnusableFile, RuleIds.HiddenCharacter], onUnusable);
        Assert.DoesNotContain(CorpusChecks.Rules, r => r.Info.ChecksUnusableFiles);
    }

    [Fact]
    public void Every_rule_reports_a_known_ID_and_no_two_diagnostics_share_one()
    {
        var ids = typeof(RuleIds).GetFields().Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(ids, ContentChecker.Rules.Select(r => r.Id));
        Assert.All(ArticleChecks.Rules.Select(r => r.Info).Concat(CorpusChecks.Rules.Select(r => r.Info)), info => Assert.Contains(info, ContentChecker.Rules));
    }

}
