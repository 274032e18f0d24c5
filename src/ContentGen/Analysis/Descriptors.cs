using System.Collections.Generic;
using System.Collections.Immutable;
using ContentGen.Text;
using ContentGen.Text.Checks;
using Microsoft.CodeAnalysis;

namespace ContentGen.Analysis
{
    /// <summary>
    /// The diagnostics ContentGen reports, built from each rule's <see cref="RuleInfo"/> (title, category, severity,
    /// help link). The IDs stay constants here because release tracking reads them from this file. Messages come from
    /// the engine's findings, whole.
    /// </summary>
    internal static class Descriptors
    {
        public const string HelpLinkBase = RuleInfo.HelpLinkBase;

        public static readonly DiagnosticDescriptor UnusableFile = Create(RuleIds.UnusableFile);
        public static readonly DiagnosticDescriptor DuplicateName = Create(RuleIds.DuplicateName);
        public static readonly DiagnosticDescriptor MalformedLine = Create(RuleIds.MalformedLine);
        public static readonly DiagnosticDescriptor ProjectSettings = Create(RuleIds.ProjectSettings);
        public static readonly DiagnosticDescriptor Boilerplate = Create(RuleIds.Boilerplate);
        public static readonly DiagnosticDescriptor RepeatedWord = Create(RuleIds.RepeatedWord);
        public static readonly DiagnosticDescriptor UnbalancedPair = Create(RuleIds.UnbalancedPair);
        public static readonly DiagnosticDescriptor BrokenSentence = Create(RuleIds.BrokenSentence);
        public static readonly DiagnosticDescriptor WeekdayMismatch = Create(RuleIds.WeekdayMismatch);
        public static readonly DiagnosticDescriptor NameSpelledTwoWays = Create(RuleIds.NameSpelledTwoWays);
        public static readonly DiagnosticDescriptor HiddenCharacter = Create(RuleIds.HiddenCharacter);

        public static readonly DiagnosticDescriptor NameVariant = Create(RuleIds.NameVariant);
        public static readonly DiagnosticDescriptor FigureConflict = Create(RuleIds.FigureConflict);
        public static readonly DiagnosticDescriptor QuoteWording = Create(RuleIds.QuoteWording);
        public static readonly DiagnosticDescriptor DateConflict = Create(RuleIds.DateConflict);
        public static readonly DiagnosticDescriptor GlossaryFact = Create(RuleIds.GlossaryFact);

        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
            UnusableFile, DuplicateName, MalformedLine, ProjectSettings, Boilerplate, RepeatedWord, UnbalancedPair,
            BrokenSentence, WeekdayMismatch, NameSpelledTwoWays, HiddenCharacter,
            NameVariant, FigureConflict, QuoteWording, DateConflict, GlossaryFact);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index();

        public static DiagnosticDescriptor For(string ruleId) => ById[ruleId];

        private static DiagnosticDescriptor Create(string id)
        {
            var rule = Info(id);
            return new DiagnosticDescriptor(
                id,
                rule.Title,
                "{0}",
                "ContentGen." + rule.Category,
                Severity(rule.DefaultSeverity),
                isEnabledByDefault: true,
                helpLinkUri: rule.HelpLink);
        }

        private static RuleInfo Info(string id)
        {
            foreach (var rule in ContentChecker.Rules)
            {
                if (rule.Id == id)
                {
                    return rule;
                }
            }

            throw new KeyNotFoundException($"No rule has the ID {id}");
        }

        private static DiagnosticSeverity Severity(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Hidden => DiagnosticSeverity.Hidden,
            RuleSeverity.Info => DiagnosticSeverity.Info,
            RuleSeverity.Error => DiagnosticSeverity.Error,
            _ => DiagnosticSeverity.Warning,
        };

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
