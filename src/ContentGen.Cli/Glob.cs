using System.Text;
using System.Text.RegularExpressions;

namespace ContentGen.Cli;

/// <summary>
/// Globs the shell did not expand (quoted, or on Windows): <c>*</c> and <c>?</c> within a folder name, <c>[abc]</c>,
/// and <c>**</c> for any depth of folders. Matching is case-sensitive except on Windows, as shells match.
/// </summary>
public static class Glob
{
    public static bool IsGlob(string argument) => argument.IndexOfAny(['*', '?', '[']) >= 0;

    /// <summary>The files matching <paramref name="pattern"/>, in ordinal order of their path.</summary>
    public static IReadOnlyList<string> Expand(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var firstWild = Array.FindIndex(segments, IsGlob);
        // The folders before the first wildcard are walked from; "/*.txt" walks the root.
        var baseFolder = firstWild == 0 ? "." : string.Join('/', segments[..firstWild]);
        if (baseFolder.Length == 0)
        {
            baseFolder = "/";
        }

        if (!Directory.Exists(baseFolder))
        {
            return [];
        }

        var rest = string.Join('/', segments[firstWild..]);
        var matcher = new Regex("^" + ToRegex(rest) + "$", RegexOptions.CultureInvariant | (OperatingSystem.IsWindows() ? RegexOptions.IgnoreCase : RegexOptions.None));
        var recursive = rest.Contains('/') || rest.Contains("**", StringComparison.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = recursive, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var prefix = baseFolder == "." && !normalized.StartsWith("./", StringComparison.Ordinal) ? string.Empty : baseFolder.TrimEnd('/') + "/";
        return Directory.EnumerateFiles(baseFolder, "*", options)
            .Select(file => Path.GetRelativePath(baseFolder, file).Replace('\\', '/'))
            .Where(relative => matcher.IsMatch(relative))
            .Select(relative => prefix + relative)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string ToRegex(string glob)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" is zero or more folders; a trailing "**" is anything below.
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                regex.Append(slash ? "(?:[^/]+/)*" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else if (c == '[' && glob.IndexOf(']', i + 1) is var close and > 0)
            {
                var set = glob[(i + 1)..close];
                regex.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                i = close;
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        return regex.ToString();
    }
}
