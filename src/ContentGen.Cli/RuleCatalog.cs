using ContentGen.Text.Checks;

namespace ContentGen.Cli;

/// <summary>What the outputs say about a rule: its title, category (for bulk severity keys) and help page.</summary>
public sealed record RuleInfo(string Id, string Name, string Title, string Category)
{
    public const string HelpLinkBase = "https://github.com/contentgen/contentgen/blob/main/docs/diagnostics/";

    public string HelpUri => HelpLinkBase + Id + ".md";
}

/// <summary>
/// The rules as the analyzer's descriptors declare them (a test holds the two equal). When the engine carries each
/// rule's metadata on the rule itself, this table becomes a view of it.
/// </summary>
public static class RuleCatalog
{
    private const string Files = "ContentGen.Files";
    private const string Content = "ContentGen.Content";
    private const string Consistency = "ContentGen.Consistency";

    public static IReadOnlyList<RuleInfo> All { get; } =
    [
        new(RuleIds.UnusableFile, "UnusableFile", "Article file cannot be used", Files),
        new(RuleIds.DuplicateName, "DuplicateName", "Two articles resolve to the same name", Files),
        new(RuleIds.MalformedLine, "MalformedLine", "Malformed front matter or glossary line", Files),
        new(RuleIds.ProjectSettings, "ProjectSettings", "Project settings the generated code cannot work with", Files),
        new(RuleIds.Boilerplate, "Boilerplate", "Scraped boilerplate left in the article", Content),
        new(RuleIds.RepeatedWord, "RepeatedWord", "Word or phrase repeated by mistake", Content),
        new(RuleIds.UnbalancedPair, "UnbalancedPair", "Unbalanced quotation marks or brackets", Content),
        new(RuleIds.BrokenSentence, "BrokenSentence", "Broken sentence", Content),
        new(RuleIds.WeekdayMismatch, "WeekdayMismatch", "Weekday does not match its date", Content),
        new(RuleIds.NameSpelledTwoWays, "NameSpelledTwoWays", "Name spelled two ways in one article", Content),
        new(RuleIds.HiddenCharacter, "HiddenCharacter", "Invisible, control or mangled characters", Content),
        new(RuleIds.NameVariant, "NameVariant", "Name spelled differently across articles or from the glossary", Consistency),
        new(RuleIds.FigureConflict, "FigureConflict", "Figure conflicts with another article on the same story", Consistency),
        new(RuleIds.QuoteWording, "QuoteWording", "Speaker quoted with different wording on the same story", Consistency),
        new(RuleIds.DateConflict, "DateConflict", "Dates conflict within a story", Consistency),
        new(RuleIds.GlossaryFact, "GlossaryFact", "Figure contradicts a glossary fact", Consistency),
    ];

    private static readonly Dictionary<string, RuleInfo> ById = All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>The rule, or a stand-in for an id this table does not know yet (the engine moved ahead of it).</summary>
    public static RuleInfo For(string id) => ById.TryGetValue(id, out var rule) ? rule : new RuleInfo(id, id, id, "ContentGen");
}
