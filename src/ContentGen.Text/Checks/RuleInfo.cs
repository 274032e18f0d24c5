namespace ContentGen.Text.Checks
{
    /// <summary>
    /// What a rule reports, as every host shows it: the diagnostic ID, a title, a category, the default severity,
    /// where its help page is, and whether a code fix is offered. The analyzer's descriptors are built from this, so
    /// the rule is the one place a rule's facts live.
    /// </summary>
    internal sealed record RuleInfo(string Id, string Title, RuleCategory Category)
    {
        public const string HelpLinkBase = "https://github.com/contentgen/contentgen/blob/main/docs/diagnostics/";

        public RuleSeverity DefaultSeverity { get; init; } = RuleSeverity.Warning;

        /// <summary>
        /// True for the rules that still run on a file that cannot be an article (CG0001 says why it cannot; hidden
        /// characters are often the reason). Every other rule needs prose.
        /// </summary>
        public bool ChecksUnusableFiles { get; init; }

        /// <summary>
        /// True for a rule that bounds its own findings in a file (the hidden-character rule reports up to 20 of each
        /// kind of character and counts the rest); every other rule's are bounded by <see cref="FindingLimit"/>.
        /// </summary>
        public bool LimitsItsFindings { get; init; }

        /// <summary>What the code fix does ("Delete the repeated word"), or null when the rule offers none.</summary>
        public string? Fix { get; init; }

        /// <summary>The rule's page under docs/diagnostics.</summary>
        public string HelpLink => HelpLinkBase + Id + ".md";
    }

    /// <summary>What a rule looks at: the files themselves, one article's writing, or agreement across articles.</summary>
    internal enum RuleCategory
    {
        Files,
        Content,
        Consistency,
    }

    /// <summary>How a finding is shown unless the project configures it otherwise.</summary>
    internal enum RuleSeverity
    {
        Hidden,
        Info,
        Warning,
        Error,
    }
}
