namespace ContentGen.Text.Checks
{
    /// <summary>
    /// The global analyzer config keys that set a rule's severity, and the words they take, as Roslyn reads them:
    /// <c>dotnet_diagnostic.CG1002.severity</c>, then <c>dotnet_analyzer_diagnostic.category-ContentGen.Content.severity</c>,
    /// then <c>dotnet_analyzer_diagnostic.severity</c>. Both hosts use them: the analyzer for the two bulk keys (which
    /// Roslyn applies only to diagnostics in source files, never in additional files), the command for all three.
    /// </summary>
    internal static class SeverityKeys
    {
        public const string AllRules = "dotnet_analyzer_diagnostic.severity";

        public static string ForRule(string ruleId) => "dotnet_diagnostic." + ruleId + ".severity";

        public static string ForCategory(string category) => "dotnet_analyzer_diagnostic.category-" + category + ".severity";

        /// <summary>
        /// A severity word as "error", "warning", "info" or "hidden", or null for "none" (the rule is off). False for
        /// "default" and unknown words, which leave the decision to the next key or the rule's default.
        /// </summary>
        public static bool TryParse(string? word, out string? severity)
        {
            switch (word?.Trim().ToLowerInvariant())
            {
                case "error": severity = "error"; return true;
                case "warning": severity = "warning"; return true;
                case "suggestion": severity = "info"; return true;
                case "silent":
                case "refactoring": severity = "hidden"; return true;
                case "none": severity = null; return true;
                default: severity = null; return false;
            }
        }
    }
}
