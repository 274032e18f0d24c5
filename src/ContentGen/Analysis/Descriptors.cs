using System.Collections.Generic;
using System.Collections.Immutable;
using ContentGen.Text.Checks;
using Microsoft.CodeAnalysis;

namespace ContentGen.Analysis
{
    /// <summary>The diagnostics ContentGen reports. Messages come from the engine's findings, whole.</summary>
    internal static class Descriptors
    {
        public const string HelpLinkBase = "https://github.com/contentgen/contentgen/blob/main/docs/diagnostics/";
        private const string Files = "ContentGen.Files";
        private const string Content = "ContentGen.Content";
        private const string Consistency = "ContentGen.Consistency";

        public static readonly DiagnosticDescriptor UnusableFile = Create(RuleIds.UnusableFile, "Article file cannot be used", Files);
        public static readonly DiagnosticDescriptor DuplicateName = Create(RuleIds.DuplicateName, "Two articles resolve to the same name", Files);
        public static readonly DiagnosticDescriptor MalformedLine = Create(RuleIds.MalformedLine, "Malformed front matter or glossary line", Files);
        public static readonly DiagnosticDescriptor ProjectSettings = Create(RuleIds.ProjectSettings, "Project settings the generated code cannot work with", Files);
        public static readonly DiagnosticDescriptor StaleAccept = Create(RuleIds.StaleAccept, "Accepted finding that no longer occurs", Files);
        public static readonly DiagnosticDescriptor Boilerplate = Create(RuleIds.Boilerplate, "Scraped boilerplate left in the article", Content);
        public static readonly DiagnosticDescriptor RepeatedWord = Create(RuleIds.RepeatedWord, "Word or phrase repeated by mistake", Content);
        public static readonly DiagnosticDescriptor UnbalancedPair = Create(RuleIds.UnbalancedPair, "Unbalanced quotation marks or brackets", Content);
        public static readonly DiagnosticDescriptor BrokenSentence = Create(RuleIds.BrokenSentence, "Broken sentence", Content);
        public static readonly DiagnosticDescriptor WeekdayMismatch = Create(RuleIds.WeekdayMismatch, "Weekday does not match its date", Content);
        public static readonly DiagnosticDescriptor NameSpelledTwoWays = Create(RuleIds.NameSpelledTwoWays, "Name spelled two ways in one article", Content);
        public static readonly DiagnosticDescriptor HiddenCharacter = Create(RuleIds.HiddenCharacter, "Invisible, control or mangled characters", Content);

        public static readonly DiagnosticDescriptor NameVariant = Create(RuleIds.NameVariant, "Name spelled differently across articles or from the glossary", Consistency);
        public static readonly DiagnosticDescriptor FigureConflict = Create(RuleIds.FigureConflict, "Figure conflicts with another article on the same story", Consistency);
        public static readonly DiagnosticDescriptor QuoteWording = Create(RuleIds.QuoteWording, "Speaker quoted with different wording on the same story", Consistency);
        public static readonly DiagnosticDescriptor DateConflict = Create(RuleIds.DateConflict, "Dates conflict within a story", Consistency);
        public static readonly DiagnosticDescriptor GlossaryFact = Create(RuleIds.GlossaryFact, "Figure contradicts a glossary fact", Consistency);

        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
            UnusableFile, DuplicateName, MalformedLine, ProjectSettings, StaleAccept, Boilerplate, RepeatedWord, UnbalancedPair,
            BrokenSentence, WeekdayMismatch, NameSpelledTwoWays, HiddenCharacter,
            NameVariant, FigureConflict, QuoteWording, DateConflict, GlossaryFact);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index();

        public static DiagnosticDescriptor For(string ruleId) => ById[ruleId];

        private static DiagnosticDescriptor Create(string id, string title, string category) => new(
            id,
            title,
            "{0}",
            category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + id + ".md");

        private static Dictionary<string, DiagnosticDescriptor> Index()
        {
            var index = new Dictionary<string, DiagnosticDescriptor>();
            foreach (var descriptor in All)
            {
                index[descriptor.Id] = descriptor;
            }

            return index;
        }
    }
}
