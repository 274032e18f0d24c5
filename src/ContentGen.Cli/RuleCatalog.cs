using ContentGen.Text;
using ContentGen.Text.Checks;

namespace ContentGen.Cli;

/// <summary>What the outputs say about a rule: its title, category (as bulk severity keys name it) and help page.</summary>
public sealed record ReportedRule(string Id, string Title, string Category, string HelpUri, string DefaultSeverity);

/// <summary>The engine's rule metadata (<see cref="ContentChecker.Rules"/>), as the analyzer's descriptors show it.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<ReportedRule> All { get; } = ContentChecker.Rules.Select(View).ToList();

    private static readonly Dictionary<string, ReportedRule> ById = All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>The rule, or a stand-in for an id the engine does not list.</summary>
    public static ReportedRule For(string id) =>
        ById.TryGetValue(id, out var rule) ? rule : new ReportedRule(id, id, "ContentGen", RuleInfo.HelpLinkBase + id + ".md", "warning");

    // The category as the analyzer's descriptors carry it: "ContentGen.Content" for RuleCategory.Content.
    private static ReportedRule View(RuleInfo rule) => new(
        rule.Id,
        rule.Title,
        "ContentGen." + rule.Category,
        rule.HelpLink,
        rule.DefaultSeverity.ToString().ToLowerInvariant());
}
