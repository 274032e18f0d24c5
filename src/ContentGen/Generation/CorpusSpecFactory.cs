using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ContentGen.Generation.Model;
using ContentGen.Inputs;
using ContentGen.Text.Corpus;
using ContentGen.Text.Glossaries;
using ContentGen.Text.Model;

namespace ContentGen.Generation
{
    /// <summary>Resolves people across the corpus (with the glossary) and groups articles into stories.</summary>
    internal static class CorpusSpecFactory
    {
        /// <summary>Corpus versions kept across generator runs (a few projects built in turn by one compiler server).</summary>
        public const int MaxVersions = 8;

        private static readonly GenerationCache<CorpusInputs, CorpusSpec> Cache = EngineCache.Create<CorpusInputs, CorpusSpec>(MaxVersions);

        /// <summary>
        /// The corpus spec, from the process-wide cache when an earlier run had equal inputs (a command-line rebuild
        /// gets a fresh generator driver, so its own incremental state cannot tell).
        /// </summary>
        public static CorpusSpec Create(ImmutableArray<CorpusKeys> articles, EquatableArray<GlossaryName> glossary, CancellationToken cancellationToken)
        {
            // A new generation of the engine's caches: what this run reads stays, what none reads goes.
            EngineCache.Advance();
            var inputs = new CorpusInputs(articles, glossary);
            return Cache.Get(inputs) ?? Cache.Add(inputs, Resolve(articles, glossary, cancellationToken));
        }

        internal static CorpusSpec Resolve(ImmutableArray<CorpusKeys> articles, EquatableArray<GlossaryName> glossary, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The engine's story resolution, as the analyzers' and the command line's corpus index resolves it.
            var resolution = StoryClustering.Resolve(articles.Select(a => a.Story).GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.First()).ToList());
            var storyOf = resolution.StoryOf;

            // People are one person within a story (as CG2001 compares them) or through the glossary.
            var identities = new PersonIdentities(
                articles.SelectMany(a => a.People.Select(p => new PersonRecord(a.Path, p.Name, p.Spellings))),
                glossary.ToArray(),
                path => storyOf.TryGetValue(path, out var story) ? story : path);

            var canonical = articles
                .GroupBy(a => a.Path, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(a => a.Path, StringComparer.Ordinal)
                .Select(a => new ArticleCanonicalNames(a.Path, a.People.Select(p => identities.Of(a.Path, p.Name)?.CanonicalName ?? p.Name).ToEquatableArray()))
                .ToEquatableArray();

            cancellationToken.ThrowIfCancellationRequested();
            var stories = resolution.Stories.Select(paths => new StorySpec(paths.ToEquatableArray())).ToEquatableArray();

            return new CorpusSpec(canonical, stories);
        }
    }
}
