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
        public const string MetadataKey = "build_metadata.AdditionalFiles.ContentGen";

        public static bool IsArticle(string path, AnalyzerConfigOptions fileOptions) =>
            ContentFiles.IsArticle(path)
            && !(fileOptions.TryGetValue(MetadataKey, out var flag) && string.Equals(flag.Trim(), "false", StringComparison.OrdinalIgnoreCase));

        public static string FileName(string path) => ContentFiles.FileName(path);
    }
}
