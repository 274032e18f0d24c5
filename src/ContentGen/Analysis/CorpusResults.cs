using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ContentGen.Generation;
using ContentGen.Inputs;
using ContentGen.Text;
using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;

namespace ContentGen.Analysis
{
    /// <summary>
    /// What the analyzer computes for one <see cref="CorpusVersion"/>: the corpus index, the generator's names for the
    /// articles, and each article's findings once asked for. Engine values only (findings are mapped to Roslyn
    /// locations by each compilation), kept across compilations in <see cref="Cache"/>: a rebuild that changed no
    /// article and no glossary reports the findings the last one computed.
    /// </summary>
    internal sealed class CorpusResults
    {
        /// <summary>Versions kept: a few projects, or a few keystrokes' worth in the IDE (each keystroke is a new version).</summary>
        public const int MaxVersions = 8;

        /// <summary>Results by corpus version, across compilations.</summary>
        public static GenerationCache<CorpusVersion, CorpusResults> Cache { get; } = EngineCache.Create<CorpusVersion, CorpusResults>(MaxVersions);

        private readonly ConcurrentDictionary<ArticleText, IReadOnlyList<Finding>> _findings = new();
        private readonly ConcurrentDictionary<ArticleText, MappedDiagnostics> _diagnostics = new();
        private readonly object _gate = new();
        private IReadOnlyDictionary<string, string>? _typeNames;
        private IReadOnlyList<Finding>? _glossaryFindings;

        public CorpusResults(CorpusIndex index, IReadOnlyDictionary<string, string>? typeNames = null)
        {
            Index = index;
            Checker = new ContentChecker(index);
            _typeNames = typeNames;
        }

        public CorpusIndex Index { get; }

        /// <summary>The engine's front door over this corpus.</summary>
        public ContentChecker Checker { get; }

        /// <summary>The names the generator gives, if computed already (an updated index can reuse them).</summary>
        public IReadOnlyDictionary<string, string>? KnownTypeNames => Volatile.Read(ref _typeNames);

        /// <summary>An article's findings, computed by the first caller for it.</summary>
        public IReadOnlyList<Finding> FindingsOf(ArticleText article, Func<ArticleText, IReadOnlyList<Finding>> compute) =>
            _findings.TryGetValue(article, out var known) ? known : _findings.GetOrAdd(article, compute(article));

        /// <summary>
        /// An article's findings as diagnostics, mapped once for a given file path and severity settings: a rebuild that
        /// changed no article reports the same diagnostic objects instead of mapping every finding to lines and working
        /// out its fix again (about a fifth of a millisecond a finding). Diagnostics are immutable and located in the
        /// article files, not in any compilation's syntax trees, so one compilation's are valid in the next.
        /// </summary>
        public ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> DiagnosticsOf(ArticleText article, string fullPath, string settings, Func<ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>> map)
        {
            if (_diagnostics.TryGetValue(article, out var known) && known.FullPath == fullPath && known.Settings == settings)
            {
                return known.Diagnostics;
            }

            var mapped = new MappedDiagnostics(fullPath, settings, map());
            _diagnostics[article] = mapped;
            return mapped.Diagnostics;
        }

        /// <summary>The glossary's findings that need the corpus (its lines and stale acceptances), computed once.</summary>
        public IReadOnlyList<Finding> GlossaryFindings()
        {
            lock (_gate)
            {
                return _glossaryFindings ??= new List<Finding>(Checker.CheckGlossary());
            }
        }

        private sealed class MappedDiagnostics
        {
            public MappedDiagnostics(string fullPath, string settings, ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> diagnostics) =>
                (FullPath, Settings, Diagnostics) = (fullPath, settings, diagnostics);

            public string FullPath { get; }

            public string Settings { get; }

            public ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> Diagnostics { get; }
        }

        /// <summary>The member name the generator gives each usable article (<c>Articles.X</c>), by relative path.</summary>
        public IReadOnlyDictionary<string, string> TypeNames()
        {
            lock (_gate)
            {
                if (_typeNames is null)
                {
                    var keys = ImmutableArray.CreateBuilder<(string Path, string Slug)>();
                    foreach (var article in Index.Articles)
                    {
                        if (!article.Parsed.IsUnusable)
                        {
                            keys.Add((article.Path, article.Parsed.Slug));
                        }
                    }

                    var names = new Dictionary<string, string>();
                    foreach (var assigned in ArticleNaming.Assign(keys.ToImmutable()))
                    {
                        names[assigned.Path] = "Articles." + assigned.PropertyName;
                    }

                    Volatile.Write(ref _typeNames, names);
                }

                return _typeNames!;
            }
        }
    }
}
