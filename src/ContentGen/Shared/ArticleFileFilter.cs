using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContentGen.Shared
{
    /// <summary>
    /// Decides which AdditionalFiles are articles: every <c>.txt</c> file, except those marked
    /// <c>ContentGen="false"</c> and the well-known list files of other tools. Shared by the generator and
    /// the analyzers so that both always see the same corpus.
    /// </summary>
    internal static class ArticleFileFilter
    {
        public const string MetadataKey = "build_metadata.AdditionalFiles.ContentGen";

        // Other analyzers' inputs that are .txt files but never articles.
        private static readonly string[] ToolFiles =
        {
            "BannedSymbols.txt", "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt", "InternalAPI.Shipped.txt",
            "InternalAPI.Unshipped.txt", "NativeMethods.txt", "CodeMetricsConfig.txt", "stylecop.txt",
        };

        public static bool IsArticle(string path, AnalyzerConfigOptions fileOptions)
        {
            if (!path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (fileOptions.TryGetValue(MetadataKey, out var flag) && string.Equals(flag.Trim(), "false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var name = FileName(path);
            foreach (var tool in ToolFiles)
            {
                if (string.Equals(name, tool, StringComparison.OrdinalIgnoreCase)
                    || (name.StartsWith("BannedSymbols.", StringComparison.OrdinalIgnoreCase)))
                {
                    return false;
                }
            }

            return true;
        }

        public static string FileName(string path)
        {
            var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash >= 0 ? path.Substring(slash + 1) : path;
        }
    }
}
