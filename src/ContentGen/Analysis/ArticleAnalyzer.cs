using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ContentGen.Generation;
using ContentGen.Inputs;
using ContentGen.Text;
using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;
using ContentGen.Text.Fixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Analysis
{
    /// <summary>
    /// Reports the engine's findings inside the article files, at the offending text. Everything is reported from
    /// the per-file action of the article that holds the text (never at compilation end, which the IDE does not
    /// show while a file is edited); a finding about another article points there as an additional location.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ArticleAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var files = new ArticleFileSet(start.Options.AdditionalFiles, start.Options.AnalyzerConfigOptionsProvider, start.CancellationToken);
                if (files.Count == 0 && files.GlossaryFile is null)
                {
                    return;
                }

                // A new generation of the engine's caches: what this compilation reads stays, what none reads goes.
                EngineCache.Advance();
                var settingsProblem = ProjectSettingsProblem(start.Compilation, files);
                var bulk = BulkSeverity.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions, start.Compilation.Options, start.CancellationToken);
                var firstArticle = files.FirstArticle;
                start.RegisterAdditionalFileAction(file =>
                {
                    if (file.AdditionalFile.Path == files.GlossaryFile)
                    {
                        ReportGlossary(file, files, bulk);
                        return;
                    }

                    if (!files.Contains(file.AdditionalFile.Path))
                    {
                        return;
                    }

                    try
                    {
                        Analyze(file, files, bulk, file.AdditionalFile.Path == firstArticle ? settingsProblem : null);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // An escaping exception would show as AD0001 and hide every other diagnostic.
                        file.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.UnusableFile,
                            Location.Create(file.AdditionalFile.Path, default, default),
                            Finding.EngineFailure(e).Message));
                    }
                });
            });
        }

        private static void Analyze(AdditionalFileAnalysisContext context, ArticleFileSet files, BulkSeverity bulk, string? settingsProblem)
        {
            var cancellationToken = context.CancellationToken;
            var path = context.AdditionalFile.Path;
            var source = files.TextAt(path) ?? context.AdditionalFile.GetText(cancellationToken);
            if (source is null)
            {
                return;
            }

            var article = files.Parse(path, cancellationToken);
            var results = files.Results(cancellationToken);

            // The engine's findings, and the diagnostics they map to, depend on the corpus version, the file's path and
            // the severity settings alone: a rebuild with the same articles reports the ones the last build mapped.
            var diagnostics = results.DiagnosticsOf(article, path, bulk.Signature + "\n" + settingsProblem, () =>
            {
                var findings = results.FindingsOf(article, a =>
                {
                    var found = results.Checker.Check(a);
                    if (DuplicateName(a, results) is { } duplicate)
                    {
                        found.Add(duplicate);
                    }

                    return found;
                });

                var mapped = ImmutableArray.CreateBuilder<Diagnostic>(findings.Count + 1);
                foreach (var finding in findings)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Add(mapped, ToDiagnostic(finding, path, source, files, bulk, article.Text));
                }

                if (settingsProblem is not null)
                {
                    Add(mapped, ToDiagnostic(new Finding(RuleIds.ProjectSettings, default, settingsProblem), path, source, files, bulk, article.Text));
                }

                return mapped.ToImmutable();
            });

            foreach (var diagnostic in diagnostics)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }

        private static void Add(ImmutableArray<Diagnostic>.Builder diagnostics, Diagnostic? diagnostic)
        {
            if (diagnostic is not null)
            {
                diagnostics.Add(diagnostic);
            }
        }

        /// <summary>CG0003 for each glossary line that could not be read and CG0005 for each stale acceptance, on the glossary itself.</summary>
        private static void ReportGlossary(AdditionalFileAnalysisContext context, ArticleFileSet files, BulkSeverity bulk)
        {
            if (files.GlossaryText is not { } text)
            {
                return;
            }

            // Stale acceptances need the findings of the articles they name: only computed when the glossary accepts some.
            var findings = files.Glossary.Accepted.Count > 0 ? files.Results(context.CancellationToken).GlossaryFindings() : ContentChecker.CheckGlossary(files.Glossary);
            foreach (var finding in findings)
            {
                if (ToDiagnostic(finding, context.AdditionalFile.Path, text, files, bulk) is { } diagnostic)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }

        /// <param name="articleText">The text the finding was found in, when it may offer a fix: the fix's edits go into the
        /// diagnostic's properties (<see cref="FixProperties"/>), for the code fix to apply without running the engine again.</param>
        private static Diagnostic? ToDiagnostic(Finding finding, string path, SourceText source, ArticleFileSet files, BulkSeverity bulk, string? articleText = null)
        {
            var location = LocationIn(path, source, finding.Range.Start, finding.Range.Length);
            IEnumerable<Location>? additional = null;
            if (finding.Related is { } related && files.FullPathOf(related.Path) is { } otherPath && files.TextOf(related.Path) is { } otherText)
            {
                additional = new[] { LocationIn(otherPath, otherText, related.Range.Start, related.Range.Length) };
            }

            var properties = articleText is not null && articleText.Length == source.Length && FixProvider.For(finding, articleText) is { } fix
                ? ImmutableDictionary.CreateRange(FixProperties.Encode(fix, articleText))
                : null;
            return bulk.Apply(Descriptors.For(finding.RuleId), location, additional, properties, finding.Message);
        }

        private static Location LocationIn(string path, SourceText text, int start, int length)
        {
            start = Math.Max(0, Math.Min(start, text.Length));
            length = Math.Max(0, Math.Min(length, text.Length - start));
            var span = new TextSpan(start, length);
            return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
        }

        /// <summary>CG0002: this article gets a numbered name because an earlier one (by path) has its slug or name.</summary>
        private static Finding? DuplicateName(ArticleText article, CorpusResults results)
        {
            var names = results.TypeNames();
            var path = article.Article.Path;
            if (article.Article.IsUnusable || !names.TryGetValue(path, out var typeName))
            {
                return null;
            }

            var natural = "Articles." + Identifiers.Pascal(article.Article.Slug, "Article");
            if (typeName == natural)
            {
                return null;
            }

            var other = results.Index.Articles.FirstOrDefault(a =>
                a.Path != path && names.TryGetValue(a.Path, out var n) && n == natural);
            if (other is null)
            {
                return null; // renamed only to avoid a member of the Articles class; nothing clashes
            }

            var slug = article.Article.Slug;
            var sameSlug = string.Equals(other.Parsed.Slug, slug, StringComparison.OrdinalIgnoreCase);
            var what = sameSlug ? $"the same slug '{slug}'" : $"the same member name {natural}";
            var firstLine = other.Article.Text.IndexOfAny(new[] { '\r', '\n' });
            return new Finding(
                RuleIds.DuplicateName,
                default,
                $"This article and '{other.Path}' resolve to {what}; this one is generated as {typeName}{(sameSlug ? $" and Articles.Find(\"{slug}\") returns the other" : string.Empty)}. Give one of them a distinct 'slug:' in front matter",
                new RelatedLocation(other.Path, new Text.Model.TextRange(0, firstLine < 0 ? other.Article.Text.Length : firstLine)));
        }

        /// <summary>CG0004: settings under which the generated code cannot work, or null.</summary>
        private static string? ProjectSettingsProblem(Compilation compilation, ArticleFileSet files)
        {
            if (compilation is CSharpCompilation csharp && csharp.LanguageVersion < LanguageVersion.CSharp9)
            {
                return $"The project uses C# {csharp.LanguageVersion.ToDisplayString()}; ContentGen's article records need C# 9 or later, so no article types are generated. Set <LangVersion>9</LangVersion> or later";
            }

            if (files.Options.GlobalOptions.TryGetValue(SettingsReader.NamespaceProperty, out var ns) && !string.IsNullOrWhiteSpace(ns)
                && !SettingsReader.IsValidNamespace(ns.Trim()))
            {
                return $"ContentGenNamespace '{ns.Trim()}' is not a valid C# namespace; the generated types use '{SettingsReader.SanitizeNamespace(ns)}' instead. Set it to dotted identifiers, e.g. MyApp.Content";
            }

            return null;
        }
    }
}
