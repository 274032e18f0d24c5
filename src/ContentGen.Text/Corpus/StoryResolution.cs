using System;
using System.Collections.Generic;
using System.Linq;

namespace ContentGen.Text.Corpus
{
    /// <summary>Which story each article is in, and how similar each article is to the others of its story.</summary>
    internal sealed class StoryResolution
    {
        private static readonly IReadOnlyDictionary<string, double> None = new Dictionary<string, double>();
        private readonly Dictionary<string, Dictionary<string, double>> _direct;
        private IReadOnlyList<IReadOnlyList<string>>? _stories;

        internal StoryResolution(Dictionary<string, string> storyOf, Dictionary<string, Dictionary<string, double>> direct)
        {
            StoryOf = storyOf;
            _direct = direct;
        }

        /// <summary>Each article's path mapped to its story's id (the path of the story's first article).</summary>
        public Dictionary<string, string> StoryOf { get; }

        /// <summary>
        /// The stories, each as its articles' paths in path order, in order of their first path: the one list the
        /// generated <c>Articles.Stories</c>, the analyzers and the command line all show.
        /// </summary>
        public IReadOnlyList<IReadOnlyList<string>> Stories => _stories ??= StoryOf
            .GroupBy(pair => pair.Value, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)g.Select(pair => pair.Key).OrderBy(p => p, StringComparer.Ordinal).ToList())
            .ToList();

        /// <summary>The other articles of the same story this one shares keys with, and how similar each is.</summary>
        public IReadOnlyDictionary<string, double> SimilarTo(string path) => _direct.TryGetValue(path, out var map) ? map : None;
    }
}
