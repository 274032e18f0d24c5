using System.Runtime.CompilerServices;
using ContentGen.Emit;
using ContentGen.Generation.Model;

namespace ContentGen.Generation
{
    /// <summary>
    /// Each article's emitted source, remembered with the spec it was emitted from (one spec per parse, kept across
    /// builds with the parse): a rebuild that gives an article an equal model (options included) gets the source the
    /// last build emitted instead of writing 4 KB of escaped literal again, the largest cost of a rebuild whose
    /// parses and corpus came from the engine's caches.
    /// </summary>
    internal static class ArticleSources
    {
        private static readonly ConditionalWeakTable<ArticleSpec, Emitted> Last = new();

        public static ArticleSource Emit(ArticleModel model)
        {
            if (Last.TryGetValue(model.Spec, out var last) && last.Model.Equals(model))
            {
                return last.File;
            }

            var file = ArticleEmitter.Emit(model, model.Output);
            lock (Last)
            {
                Last.Remove(model.Spec);
                Last.Add(model.Spec, new Emitted(model, file));
            }

            return file;
        }

        private sealed class Emitted
        {
            public Emitted(ArticleModel model, ArticleSource file)
            {
                Model = model;
                File = file;
            }

            public ArticleModel Model { get; }

            public ArticleSource File { get; }
        }
    }
}
