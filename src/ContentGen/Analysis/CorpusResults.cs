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

        /// <summary>The glossary's findings that need the corpus (its lines and stale acceptances), computed once.</summary>
        public IReadOnlyList<Finding> GlossaryFindings()
        {
            lock (_gate)
            {
                return _glossaryFindings ??= new List<Finding>(Checker.CheckGlossary());
            }
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
