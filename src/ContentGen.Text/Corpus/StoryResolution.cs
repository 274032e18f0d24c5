using System;
using System.Collections.Generic;

namespace ContentGen.Text.Corpus
{
    /// <summary>Which story each article is in, and how similar each article is to the others of its story.</summary>
    public sealed class StoryResolution
    {
        private static readonly IReadOnlyDictionary<string, double> None = new Dictionary<string, double>();
        private readonly Dictionary<string, Dictionary<string, double>> _direct;

        internal StoryResolution(Dictionary<string, string> storyOf, Dictionary<string, Dictionary<string, double>> direct)
        {
            StoryOf = storyOf;
            _direct = direct;
        }

        /// <summary>Each article's path mapped to its story's id (the path of the story's first article).</summary>
        public Dictionary<string, string> StoryOf { get; }

        /// <summary>The other articles of the same story this one shares keys with, and how similar each is.</summary>
        public IReadOnlyDictionary<string, double> SimilarTo(string path) => _direct.TryGetValue(path, out var map) ? map : None;
    }
}
