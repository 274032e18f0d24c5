using System;
using ContentGen.Text.Inputs;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContentGen.Inputs
{
    /// <summary>
    /// Decides which AdditionalFiles are articles: the engine's rule (<see cref="ContentFiles.IsArticle"/>, shared with
    /// the command line), except the files a project marks <c>ContentGen="false"</c>. Used by the generator and the
    /// analyzers alike so that both always see the same corpus.
    /// </summary>
    internal static class ArticleFileFilter
    {
        /// <summary>
        /// The metadata as the package passes it: ContentGen.targets lists only the files that set it, so that the
        /// compiler does not get a section of options for every additional file (docs/benchmarks.md, section 8).
        /// </summary>
        public const string MetadataKey = "build_metadata.ContentGenFileSetting.ContentGen";

        /// <summary>The same metadata from a host that passes every additional file's (a project's own CompilerVisibleItemMetadata).</summary>
        public const string AdditionalFilesMetadataKey = "build_metadata.AdditionalFiles.ContentGen";

        public static bool IsArticle(string path, AnalyzerConfigOptions fileOptions) =>
            ContentFiles.IsArticle(path) && !IsExcluded(fileOptions, MetadataKey) && !IsExcluded(fileOptions, AdditionalFilesMetadataKey);

        private static bool IsExcluded(AnalyzerConfigOptions fileOptions, string key) =>
            fileOptions.TryGetValue(key, out var flag) && string.Equals(flag.Trim(), "false", StringComparison.OrdinalIgnoreCase);

        public static string FileName(string path) => ContentFiles.FileName(path);
    }
}
