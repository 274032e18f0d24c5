using System.Linq;
using ContentGen.Generation.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContentGen.Generation
{
    /// <summary>Reads the generator's settings from MSBuild properties and the compilation.</summary>
    internal static class SettingsReader
    {
        public const string NamespaceProperty = "build_property.ContentGenNamespace";
        public const string RootNamespaceProperty = "build_property.RootNamespace";
        public const string ProjectDirProperty = "build_property.ProjectDir";
        public const string FactsProperty = "build_property.ContentGenFacts";
        public const string StringPayloadBudgetProperty = "build_property.ContentGenStringPayloadBudget";

        public static GeneratorSettings Read(AnalyzerConfigOptionsProvider options)
        {
            var global = options.GlobalOptions;
            string ns;
            if (global.TryGetValue(NamespaceProperty, out var configured) && !string.IsNullOrWhiteSpace(configured))
            {
                ns = configured.Trim();
            }
            else if (global.TryGetValue(RootNamespaceProperty, out var root) && !string.IsNullOrWhiteSpace(root))
            {
                ns = root.Trim() + ".Content";
            }
            else
            {
                ns = "ContentGen.Content";
            }

            var allFacts = global.TryGetValue(FactsProperty, out var facts) && string.Equals(facts.Trim(), "All", System.StringComparison.OrdinalIgnoreCase);
            var budget = global.TryGetValue(StringPayloadBudgetProperty, out var configuredBudget)
                && int.TryParse(configuredBudget.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : GeneratorSettings.DefaultStringPayloadBudget;
            return new GeneratorSettings(SanitizeNamespace(ns), allFacts, budget);
        }

        /// <summary>A namespace that compiles whatever was configured: each dotted part made a valid identifier.</summary>
        public static string SanitizeNamespace(string ns) =>
            string.Join(".", ns.Split('.').Where(p => p.Trim().Length > 0).Select(p => IsIdentifier(p.Trim()) ? p.Trim() : Identifiers.Pascal(p, "Content")).DefaultIfEmpty("Content"));

        public static bool IsValidNamespace(string ns) => ns.Split('.').All(IsIdentifier);

        private static bool IsIdentifier(string part) =>
            SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None;

        public static TargetFeatures ReadTarget(Compilation compilation)
        {
            var languageVersion = compilation is CSharpCompilation csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
            var isExternalInit = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.IsExternalInit");
            return new TargetFeatures(
                SupportsRecords: languageVersion >= LanguageVersion.CSharp9,
                HasDateOnly: compilation.GetTypeByMetadataName("System.DateOnly") is not null,
                NeedsIsExternalInit: isExternalInit is null || !compilation.IsSymbolAccessibleWithin(isExternalInit, compilation.Assembly),
                SupportsUtf8Literals: languageVersion >= LanguageVersion.CSharp11 && HasSpanGetString(compilation),
                HasDeflate: compilation.GetTypeByMetadataName("System.IO.Compression.DeflateStream") is { } deflate && compilation.IsSymbolAccessibleWithin(deflate, compilation.Assembly));
        }

        // Encoding.GetString(ReadOnlySpan<byte>) exists on .NET Core 2.1+/.NET Standard 2.1, not on .NET Standard 2.0.
        private static bool HasSpanGetString(Compilation compilation)
        {
            var encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
            var span = compilation.GetTypeByMetadataName("System.ReadOnlySpan`1");
            if (encoding is null || span is null)
            {
                return false;
            }

            foreach (var member in encoding.GetMembers("GetString"))
            {
                if (member is IMethodSymbol { Parameters.Length: 1 } method
                    && method.Parameters[0].Type is INamedTypeSymbol parameter
                    && SymbolEqualityComparer.Default.Equals(parameter.OriginalDefinition, span))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
