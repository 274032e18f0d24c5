using System;
using System.Collections.Generic;

namespace ContentGen.Inputs
{
    /// <summary>Makes an AdditionalFile's path relative to the project, with forward slashes, as the user wrote it.</summary>
    internal static class ProjectPaths
    {
        public static string Relative(string fullPath, string? projectDir)
        {
            var path = fullPath.Replace('\\', '/');
            if (string.IsNullOrWhiteSpace(projectDir))
            {
                return ArticleFileFilter.FileName(path);
            }

            var root = projectDir!.Replace('\\', '/').TrimEnd('/') + "/";
            var comparison = root.Length > 1 && root[1] == ':' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            if (path.StartsWith(root, comparison))
            {
                return path.Substring(root.Length);
            }

            // Outside the project folder: climb up to the common ancestor.
            var from = root.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            var to = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            var common = 0;
            while (common < from.Length && common < to.Length - 1 && string.Equals(from[common], to[common], comparison))
            {
                common++;
            }

            if (common == 0)
            {
                return ArticleFileFilter.FileName(path);
            }

            var parts = new List<string>();
            for (var i = common; i < from.Length; i++)
            {
                parts.Add("..");
            }

            for (var i = common; i < to.Length; i++)
            {
                parts.Add(to[i]);
            }

            return string.Join("/", parts);
        }
    }
}
