using System.Runtime.CompilerServices;
using System.Threading;
using ContentGen.Text.Corpus;
using ContentGen.Text.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Inputs
{
    /// <summary>
    /// Parses of article files, keyed by the file's <see cref="SourceText"/>, shared by the generator and the analyzer.
    /// The compiler hands both the same SourceText, and the IDE hands it to every compilation until the file changes,
    /// so an article is parsed once per text however often either runs; entries die with their SourceText, so the
    /// cache is bounded by what the host keeps alive.
    /// </summary>
    internal static class ParseCache
    {
        private static readonly ConditionalWeakTable<SourceText, ArticleText> Parses = new();
        private static readonly object Gate = new();

        public static ArticleText Get(SourceText source, string relativePath, CancellationToken cancellationToken = default)
        {
            if (Parses.TryGetValue(source, out var cached) && cached.Article.Path == relativePath)
            {
                return cached;
            }

            var text = source.ToString();
            var parsed = new ArticleText(ArticleParser.Parse(relativePath, text, cancellationToken), text);

            // Two threads may parse the same text at once (the corpus build and a file's own action): replace under a lock.
            lock (Gate)
            {
                Parses.Remove(source);
                Parses.Add(source, parsed);
            }

            return parsed;
        }
    }
}
