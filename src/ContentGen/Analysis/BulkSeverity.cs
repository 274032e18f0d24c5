using System.Collections.Immutable;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ContentGen.Text.Checks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContentGen.Analysis
{
    /// <summary>
    /// The bulk severity keys of a global config (<c>dotnet_analyzer_diagnostic.category-ContentGen.Content.severity</c>,
    /// <c>dotnet_analyzer_diagnostic.severity</c>) applied by the analyzer itself. Roslyn applies them only to
    /// diagnostics located in a syntax tree (AnalyzerDriver checks <c>Location.SourceTree</c>), and every ContentGen
    /// finding is located in an additional file, so without this they have no effect. As in Roslyn, a severity set for
    /// the rule's id (<c>dotnet_diagnostic.CG1002.severity</c>, <c>NoWarn</c>, <c>WarningsAsErrors</c>) wins: then the
    /// diagnostic keeps its default and the compiler applies that setting.
    /// </summary>
    internal sealed class BulkSeverity
    {
        private readonly Dictionary<string, ReportDiagnostic> _byRule = new Dictionary<string, ReportDiagnostic>();

        private BulkSeverity()
        {
        }

        public static BulkSeverity Read(AnalyzerConfigOptions globalOptions, CompilationOptions compilation, CancellationToken cancellationToken)
        {
            var bulk = new BulkSeverity();
            foreach (var descriptor in Descriptors.All)
            {
                // "Default" in the compilation options is no setting (hosts such as the analyzer testing library list every id so).
                if (compilation.SpecificDiagnosticOptions.TryGetValue(descriptor.Id, out var specific) && specific != ReportDiagnostic.Default
                    || compilation.SyntaxTreeOptionsProvider?.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out _) == true)
                {
                    continue;
                }

                foreach (var key in new[] { SeverityKeys.ForCategory(descriptor.Category), SeverityKeys.AllRules })
                {
                    if (globalOptions.TryGetValue(key, out var word) && SeverityKeys.TryParse(word, out var severity))
                    {
                        bulk._byRule[descriptor.Id] = severity switch
                        {
                            "error" => ReportDiagnostic.Error,
                            "warning" => ReportDiagnostic.Warn,
                            "info" => ReportDiagnostic.Info,
                            "hidden" => ReportDiagnostic.Hidden,
                            _ => ReportDiagnostic.Suppress,
                        };
                        break;
                    }
                }
            }

            bulk.Signature = string.Join(";", bulk._byRule.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
            return bulk;
        }

        /// <summary>The settings as one string: two compilations with equal signatures map findings to equal diagnostics.</summary>
        public string Signature { get; private set; } = string.Empty;

        /// <summary>The diagnostic at the severity the bulk keys give its rule; null when they turn the rule off.</summary>
        public Diagnostic? Apply(DiagnosticDescriptor descriptor, Location location, IEnumerable<Location>? additionalLocations, ImmutableDictionary<string, string?>? properties, string message)
        {
            if (!_byRule.TryGetValue(descriptor.Id, out var configured))
            {
                return Diagnostic.Create(descriptor, location, additionalLocations, properties, message);
            }

            if (configured == ReportDiagnostic.Suppress)
            {
                return null;
            }

            var severity = configured switch
            {
                ReportDiagnostic.Error => DiagnosticSeverity.Error,
                ReportDiagnostic.Info => DiagnosticSeverity.Info,
                ReportDiagnostic.Hidden => DiagnosticSeverity.Hidden,
                _ => DiagnosticSeverity.Warning,
            };
            return Diagnostic.Create(descriptor, location, severity, additionalLocations, properties, message);
        }
    }
}
