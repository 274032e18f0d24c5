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
            var last = Volatile.Read(ref s_last);

            // The engine's story resolution, as the analyzers' and the command line's corpus index resolves it (the engine
            // keeps the last one: the analyzer resolves the same features in an editor).
            var resolution = StoryClustering.Resolve(articles.Select(a => a.Story).GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.First()).ToList());
            var storyOf = resolution.StoryOf;

            // People are one person within a story (as CG2001 compares them) or through the glossary. Taken from the last
            // run when the people, the glossary and the stories are the same (a word typed in a headline or the first
            // lines re-resolves the stories, which most often come out the same).
            var canonical = last is not null && last.Glossary.Equals(glossary) && SamePeople(last.Articles, articles) && SameStories(last.Resolution, resolution)
                ? last.Canonical
                : CanonicalNames(articles, glossary, storyOf);

            cancellationToken.ThrowIfCancellationRequested();
            var stories = ReferenceEquals(resolution, last?.Resolution) ? last!.Spec.Stories : resolution.Stories.Select(paths => new StorySpec(paths.ToEquatableArray())).ToEquatableArray();
            var spec = new CorpusSpec(canonical, stories);
            Volatile.Write(ref s_last, new LastResolution(articles, glossary, resolution, canonical, spec));
            return spec;
        }

        private static EquatableArray<ArticleCanonicalNames> CanonicalNames(ImmutableArray<CorpusKeys> articles, EquatableArray<GlossaryName> glossary, System.Collections.Generic.Dictionary<string, string> storyOf)
        {
            var identities = new PersonIdentities(
                articles.SelectMany(a => a.People.Select(p => new PersonRecord(a.Path, p.Name, p.Spellings))),
                glossary.ToArray(),
                path => storyOf.TryGetValue(path, out var story) ? story : path);

            return articles
                .GroupBy(a => a.Path, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(a => a.Path, StringComparer.Ordinal)
                .Select(a => new ArticleCanonicalNames(a.Path, a.People.Select(p => identities.Of(a.Path, p.Name)?.CanonicalName ?? p.Name).ToEquatableArray()))
                .ToEquatableArray();
        }

        // The same paths with the same people in the same order: all the identities read of the articles.
        private static bool SamePeople(ImmutableArray<CorpusKeys> before, ImmutableArray<CorpusKeys> now)
        {
            if (before.Length != now.Length)
            {
                return false;
            }

            for (var i = 0; i < now.Length; i++)
            {
                if (!ReferenceEquals(before[i], now[i]) && (before[i].Path != now[i].Path || !before[i].People.Equals(now[i].People)))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool SameStories(StoryResolution before, StoryResolution now)
        {
            if (ReferenceEquals(before, now))
            {
                return true;
            }

            if (before.StoryOf.Count != now.StoryOf.Count)
            {
                return false;
            }

            foreach (var pair in now.StoryOf)
            {
                if (!before.StoryOf.TryGetValue(pair.Key, out var story) || story != pair.Value)
                {
                    return false;
                }
            }

            return true;
        }

        // The last project's resolution (a compiler server may build several in turn: a miss resolves afresh).
        private static LastResolution? s_last;

        private sealed class LastResolution
        {
            public LastResolution(ImmutableArray<CorpusKeys> articles, EquatableArray<GlossaryName> glossary, StoryResolution resolution, EquatableArray<ArticleCanonicalNames> canonical, CorpusSpec spec) =>
                (Articles, Glossary, Resolution, Canonical, Spec) = (articles, glossary, resolution, canonical, spec);

            public ImmutableArray<CorpusKeys> Articles { get; }

            public EquatableArray<GlossaryName> Glossary { get; }

            public StoryResolution Resolution { get; }

            public EquatableArray<ArticleCanonicalNames> Canonical { get; }

            public CorpusSpec Spec { get; }
        }
    }
}
