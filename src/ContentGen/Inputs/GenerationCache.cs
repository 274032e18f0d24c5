using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace ContentGen.Inputs
{
    /// <summary>
    /// A thread-safe map whose entries remember the last generation (<see cref="EngineCache.Generation"/>) that used
    /// them: <see cref="Trim"/> drops the entries no compilation used in the last few generations, then the least
    /// recently used ones above a hard cap. Values are the engine's (no SourceText, Location or symbol), so what the
    /// cache keeps alive is article text and its parse, never a compilation.
    /// </summary>
    internal sealed class GenerationCache<TKey, TValue> : EngineCache.ITrimmable
        where TKey : notnull
        where TValue : class
    {
        private readonly ConcurrentDictionary<TKey, Entry> _entries;

        public GenerationCache(int maxEntries, IEqualityComparer<TKey>? comparer = null)
        {
            MaxEntries = maxEntries;
            _entries = new ConcurrentDictionary<TKey, Entry>(comparer ?? EqualityComparer<TKey>.Default);
        }

        /// <summary>The most entries kept after a trim, however recently they were used.</summary>
        public int MaxEntries { get; }

        public int Count => _entries.Count;

        /// <summary>The value for the key, marked as used by the current generation; null when there is none.</summary>
        public TValue? Get(TKey key)
        {
            if (_entries.TryGetValue(key, out var entry))
            {
                entry.Touch();
                return entry.Value;
            }

            return null;
        }

        /// <summary>
        /// Adds the value unless another thread added one for the key first, and returns the one kept (so that every
        /// caller shares one value: reference identity is what the corpus keys compare).
        /// </summary>
        public TValue Add(TKey key, TValue value)
        {
            var entry = _entries.GetOrAdd(key, new Entry(value));
            entry.Touch();
            return entry.Value;
        }

        /// <summary>Drops one entry, if there is one.</summary>
        public void Remove(TKey key) => _entries.TryRemove(key, out _);

        /// <summary>Drops entries unused since <paramref name="oldestKept"/>, then the oldest above <see cref="MaxEntries"/>.</summary>
        public void Trim(long oldestKept)
        {
            foreach (var pair in _entries)
            {
                if (pair.Value.LastUsed < oldestKept)
                {
                    ((ICollection<KeyValuePair<TKey, Entry>>)_entries).Remove(pair); // only if still that entry
                }
            }

            var excess = _entries.Count - MaxEntries;
            if (excess > 0)
            {
                foreach (var pair in _entries.ToArray().OrderBy(p => p.Value.LastUsed).Take(excess))
                {
                    ((ICollection<KeyValuePair<TKey, Entry>>)_entries).Remove(pair);
                }
            }
        }

        public void Clear() => _entries.Clear();

        private sealed class Entry
        {
            private long _lastUsed;

            public Entry(TValue value) => Value = value;

            public TValue Value { get; }

            public long LastUsed => System.Threading.Interlocked.Read(ref _lastUsed);

            // Races only ever write a current generation: any of them is right.
            public void Touch() => System.Threading.Interlocked.Exchange(ref _lastUsed, EngineCache.Generation);
        }
    }
}
