using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using ContentGen.Text.Corpus;
using ContentGen.Text.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Inputs
{
    /// <summary>
    /// Parses of article files, shared by the generator and the analyzer and kept across compilations. Two levels:
    /// by the <see cref="SourceText"/> object (the IDE hands the same one to every compilation until the file changes:
    /// one table look-up), then by content (<see cref="ContentKey"/>: a command-line build reads every file into a new
    /// SourceText, and the compiler server keeps this cache from one build to the next). One parse per content, so
    /// the corpus caches above it can compare parses by reference.
    /// </summary>
    internal static class ParseCache
    {
        /// <summary>Article versions kept; over a 10,000-article project's, the least recently used go first.</summary>
        public const int MaxParses = 16_384;

        /// <summary>
        /// Versions of one article kept by content. An editing session adds one per keystroke, and a host that runs the
        /// generator without the analyzer advances no generation while the corpus step stays cached (an edit inside a
        /// paragraph), so without this bound the versions would pile up to <see cref="MaxParses"/> (docs/benchmarks.md,
        /// eighth session: 25 KB a keystroke).
        /// </summary>
        public const int MaxVersionsPerPath = 8;

        private static readonly Dictionary<string, Queue<ContentKey>> VersionsByPath = new(StringComparer.Ordinal);

        private static readonly ConditionalWeakTable<SourceText, Known> BySource = new();
        private static readonly GenerationCache<ContentKey, ArticleText> ByContent = EngineCache.Create<ContentKey, ArticleText>(MaxParses);

        [ThreadStatic]
        private static char[]? t_buffer;

        /// <summary>Parses kept by content (tests and benchmarks).</summary>
        internal static int Count => ByContent.Count;

        public static ArticleText Get(SourceText source, string relativePath, CancellationToken cancellationToken = default)
        {
            if (BySource.TryGetValue(source, out var known) && known.Key.Path == relativePath)
            {
                // Mark it used (or put it back), so that the next build's new SourceText finds it by content. Once every
                // few generations is enough to keep it from being trimmed, and spares an IDE keystroke ten thousand
                // look-ups by content for the files it did not touch.
                if (known.NeedsTouch() && ByContent.Get(known.Key) is null)
                {
                    ByContent.Add(known.Key, known.Article);
                    Remember(known.Key);
                }

                return known.Article;
            }

            var key = ContentKey.Of(source, relativePath);
            var article = ByContent.Get(key) is { } cached && SameText(source, cached.Text)
                ? cached
                : Parse(source, key, cancellationToken);

            // Two threads may get here for one text at once (the corpus build and a file's own action): the same value either way.
            BySource.Remove(source);
            BySource.Add(source, new Known(key, article));
            return article;
        }

        private static ArticleText Parse(SourceText source, ContentKey key, CancellationToken cancellationToken)
        {
            var text = source.ToString();
            var parsed = new ArticleText(ArticleParser.Parse(key.Path, text, cancellationToken), text);
            var kept = ByContent.Add(key, parsed);
            Remember(key);

            // A different text under the same key (a checksum collision) is parsed but not shared.
            return ReferenceEquals(kept, parsed) || kept.Text == text ? kept : parsed;
        }

        /// <summary>Records a version of a path; the oldest beyond <see cref="MaxVersionsPerPath"/> leaves the cache.</summary>
        private static void Remember(ContentKey key)
        {
            lock (VersionsByPath)
            {
                if (!VersionsByPath.TryGetValue(key.Path, out var versions))
                {
                    VersionsByPath[key.Path] = versions = new Queue<ContentKey>();
                }

                if (versions.Contains(key))
                {
                    return;
                }

                versions.Enqueue(key);
                while (versions.Count > MaxVersionsPerPath)
                {
                    ByContent.Remove(versions.Dequeue());
                }
            }
        }

        /// <summary>Whether the source reads exactly <paramref name="text"/>, compared in chunks without copying the source whole.</summary>
        private static bool SameText(SourceText source, string text)
        {
            if (source.Length != text.Length)
            {
                return false;
            }

            var buffer = t_buffer ??= new char[4096];
            for (var start = 0; start < text.Length; start += buffer.Length)
            {
                var count = Math.Min(buffer.Length, text.Length - start);
                source.CopyTo(start, buffer, 0, count);
                for (var i = 0; i < count; i++)
                {
                    if (buffer[i] != text[start + i])
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private sealed class Known
        {
            // Created just after its entry by content was looked up or added.
            private long _touched = EngineCache.Generation;

            public Known(ContentKey key, ArticleText article)
            {
                Key = key;
                Article = article;
            }

            public ContentKey Key { get; }

            public ArticleText Article { get; }

            /// <summary>
            /// Whether the entry by content should be marked used now: when it was last marked half the kept generations
            /// ago or more, so a used entry is never older than that when <see cref="EngineCache.Advance"/> trims.
            /// </summary>
            public bool NeedsTouch()
            {
                var now = EngineCache.Generation;
                var touched = Interlocked.Read(ref _touched);
                if (now - touched < EngineCache.KeptGenerations / 2)
                {
                    return false;
                }

                Interlocked.Exchange(ref _touched, now);
                return true;
            }
        }
    }
}
