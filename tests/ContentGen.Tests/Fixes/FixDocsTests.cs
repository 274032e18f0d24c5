using ContentGen.CodeFixes;
using ContentGen.Text;
using ContentGen.Text.Checks;
using ContentGen.Text.Fixes;

namespace ContentGen.Tests.Fixes;

/// <summary>The docs and the code fix say which fix each rule offers, as the engine does.</summary>
public class FixDocsTests
{
    private static readonly string[] AllRules = typeof(RuleIds).GetFields().Select(f => (string)f.GetValue(null)!).ToArray();

    [Fact]
    public void Each_rule_page_says_which_fix_it_offers()
    {
        foreach (var id in AllRules)
        {
            var page = File.ReadAllText(Path.Combine(RepositoryRootAttribute.Get(), "docs", "diagnostics", id + ".md"));
            var line = page.Split('\n').SingleOrDefault(l => l.StartsWith("**Automatic fix:**", StringComparison.Ordinal));
            Assert.True(line is not null, $"{id}.md has no '**Automatic fix:**' line");
            if (FixProvider.Describe(id) is { } fix)
            {
                Assert.Contains(fix, line, StringComparison.Ordinal);
            }
            else
            {
                Assert.StartsWith("**Automatic fix:** none", line, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_code_fix_offers_exactly_the_rules_the_engine_fixes() =>
        Assert.Equal(FixProvider.FixableRuleIds.Order(), new ArticleCodeFixProvider().FixableDiagnosticIds.Order());

    [Fact]
    public void A_rule_says_it_offers_a_fix_exactly_when_the_engine_has_one()
    {
        foreach (var rule in ContentChecker.Rules)
        {
            Assert.True((rule.Fix is not null) == FixProvider.FixableRuleIds.Contains(rule.Id), $"{rule.Id}: metadata Fix '{rule.Fix}' but the engine {(FixProvider.FixableRuleIds.Contains(rule.Id) ? "has" : "has no")} fixer");
        }
    }
}
