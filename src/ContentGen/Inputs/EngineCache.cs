using System.Collections.Generic;
using System.Threading;

namespace ContentGen.Inputs
{
    /// <summary>
    /// The engine's results kept across compilations in one process: the compiler server (VBCSCompiler keeps the
    /// analyzer assembly loaded from build to build) and the IDE. A command-line build gives the generator a fresh
    /// driver and the analyzer a fresh run, with new <c>SourceText</c> objects for unchanged files; keyed by content,
    /// a rebuild that changed no article parses nothing and resolves no corpus again (docs/benchmarks.md, section 8).
    /// </summary>
    /// <remarks>
    /// Bounded by use, not by time: every compilation that reads the corpus (the analyzer's compilation start, the
    /// generator's corpus step) advances <see cref="Generation"/>, and entries that no compilation used in the last
    /// <see cref="KeptGenerations"/> generations are dropped, so a long IDE session does not accumulate the versions
    /// of an edited article, and a project no longer built lets its articles go. Each cache also has a hard cap.
    /// </remarks>
    internal static class EngineCache
    {
        /// <summary>
        /// Generations an unused entry survives. A build advances twice (generator and analyzer), so this keeps the
        /// articles of up to about eight projects rebuilt in turn by one compiler server.
        /// </summary>
        public const int KeptGenerations = 16;

        private static readonly List<ITrimmable> Caches = new();
        private static long _generation;

        /// <summary>Something <see cref="Advance"/> trims.</summary>
        internal interface ITrimmable
        {
            void Trim(long oldestKept);

            void Clear();
        }

        public static long Generation => Interlocked.Read(ref _generation);

        /// <summary>A cache that <see cref="Advance"/> trims.</summary>
        public static GenerationCache<TKey, TValue> Create<TKey, TValue>(int maxEntries, IEqualityComparer<TKey>? comparer = null)
            where TKey : notnull
            where TValue : class
        {
            var cache = new GenerationCache<TKey, TValue>(maxEntries, comparer);
            lock (Caches)
            {
                Caches.Add(cache);
            }

            return cache;
        }

        /// <summary>Generations between trims: a trim walks every entry (ten thousand parses in a large project), and an
        /// entry unused for <see cref="KeptGenerations"/> may as well go a few generations later.</summary>
        public const int TrimInterval = 4;

        /// <summary>A compilation starts reading the corpus: a new generation, and every few generations every cache trimmed.</summary>
        public static void Advance()
        {
            var generation = Interlocked.Increment(ref _generation);
            if (generation % TrimInterval != 0)
            {
                return;
            }

            lock (Caches)
            {
                foreach (var cache in Caches)
                {
                    cache.Trim(generation - KeptGenerations);
                }
            }
        }

        /// <summary>Empties every cache (benchmarks compare a cold engine with a warm one).</summary>
        public static void Clear()
        {
            lock (Caches)
            {
                foreach (var cache in Caches)
                {
                    cache.Clear();
                }
            }
        }
    }
}
