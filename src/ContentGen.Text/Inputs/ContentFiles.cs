using System;
using System.Collections.Generic;
using ContentGen.Text.Glossaries;

namespace ContentGen.Text.Inputs
{
    /// <summary>
    /// Which files are articles and which is the glossary: one rule for the generator, the analyzers and the command
    /// line, so that all three see the same corpus. A project can still leave a file out (ContentGen="false"); that
    /// is the host's to read.
    /// </summary>
    internal static class ContentFiles
    {
        // Other tools' inputs that are .txt files but never articles.
        private static readonly string[] ToolFiles =
        {
            "BannedSymbols.txt", "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt", "InternalAPI.Shipped.txt",
            "InternalAPI.Unshipped.txt", "NativeMethods.txt", "CodeMetricsConfig.txt", "stylecop.txt",
        };

        /// <summary>True for a <c>.txt</c> file that is not another tool's list (BannedSymbols.txt, PublicAPI.*.txt and the like).</summary>
        public static bool IsArticle(string path)
        {
            if (!path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var name = FileName(path);
            if (name.StartsWith("BannedSymbols.", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            foreach (var tool in ToolFiles)
            {
                if (string.Equals(name, tool, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True for a file named <c>ContentGen.glossary</c> (any case), wherever it is.</summary>
        public static bool IsGlossary(string path) => string.Equals(FileName(path), GlossaryParser.FileName, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// The glossary among several candidates: the first by path (ordinal), so that a build and the command line
        /// pick the same one whatever order the files come in. Null when there is none.
        /// </summary>
        public static T? FirstByPath<T>(IEnumerable<T> candidates, Func<T, string> path)
            where T : class
        {
            T? first = null;
            string? firstPath = null;
            foreach (var candidate in candidates)
            {
                var candidatePath = path(candidate);
                if (firstPath is null || string.CompareOrdinal(candidatePath, firstPath) < 0)
                {
                    (first, firstPath) = (candidate, candidatePath);
                }
            }

            return first;
        }

        /// <summary>The name after the last '/' or '\'.</summary>
        public static string FileName(string path)
        {
            var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash >= 0 ? path.Substring(slash + 1) : path;
        }
    }
}
