using ContentGen.Text.Checks;

namespace ContentGen.Cli;

/// <summary>
/// The severities a build gives ContentGen's findings, read from the same global analyzer config files
/// (<c>.globalconfig</c>) so the command and the build agree on what is an error:
/// <c>dotnet_diagnostic.CG1002.severity</c>, then <c>dotnet_analyzer_diagnostic.category-ContentGen.Content.severity</c>,
/// then <c>dotnet_analyzer_diagnostic.severity</c>, then the rule's default (warning). Keys outside a section only, as
/// Roslyn reads a global config; when two files set a key differently, the higher <c>global_level</c> wins and at one
/// level neither does (Roslyn's rule, which also warns).
/// </summary>
public sealed class GlobalConfig
{
    /// <summary>The name the .NET SDK picks up in a project's folder and every folder above it.</summary>
    public const string FileName = ".globalconfig";

    private readonly Dictionary<string, string> _keys;

    private GlobalConfig(Dictionary<string, string> keys, IReadOnlyList<string> files, IReadOnlyList<string> problems, IReadOnlyList<string> warnings) =>
        (_keys, Files, Problems, Warnings) = (keys, files, problems, warnings);

    public static GlobalConfig Empty { get; } = new(new(StringComparer.OrdinalIgnoreCase), [], [], []);

    /// <summary>The files read, in the order read.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Named files that are missing or could not be read: the command cannot run as asked.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Keys two files set differently at one level (unset, as in a build): said, not fatal.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>
    /// Reads the <c>.globalconfig</c> files in the folders of <paramref name="inputs"/> and every folder above them (what a
    /// build of a project holding those articles reads), and the <paramref name="named"/> files.
    /// </summary>
    public static GlobalConfig Load(IEnumerable<string> inputs, IEnumerable<string> named)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            var folder = Directory.Exists(input) ? Path.GetFullPath(input) : Path.GetDirectoryName(Path.GetFullPath(input));
            for (var dir = folder is null ? null : new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, FileName);
                if (File.Exists(candidate) && !files.Contains(candidate))
                {
                    files.Add(candidate);
                }
            }
        }

        var problems = new List<string>();
        var warnings = new List<string>();
        foreach (var file in named)
        {
            var full = Path.GetFullPath(file);
            if (!File.Exists(full))
            {
                problems.Add($"no such global config: '{file}'");
            }
            else if (!files.Contains(full))
            {
                files.Add(full);
            }
        }

        // key -> (value, level, file); a key set at one level by two files with different values is unset.
        var chosen = new Dictionary<string, (string Value, int Level, string File)>(StringComparer.OrdinalIgnoreCase);
        var conflicted = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add($"cannot read '{file}': {e.Message}");
                continue;
            }

            var keys = Parse(text);
            var level = keys.TryGetValue("global_level", out var l) && int.TryParse(l, out var parsed) ? parsed : 100;
            foreach (var (key, value) in keys)
            {
                if (conflicted.TryGetValue(key, out var conflictLevel) && conflictLevel >= level)
                {
                    continue;
                }

                if (!chosen.TryGetValue(key, out var existing) || existing.Level < level)
                {
                    chosen[key] = (value, level, file);
                    conflicted.Remove(key);
                }
                else if (existing.Level == level && !string.Equals(existing.Value, value, StringComparison.OrdinalIgnoreCase))
                {
                    warnings.Add($"warning: '{key}' is set to '{existing.Value}' in '{existing.File}' and to '{value}' in '{file}' at one global_level; a build uses neither, nor does contentgen");
                    chosen.Remove(key);
                    conflicted[key] = level;
                }
            }
        }

        var resolved = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in chosen)
        {
            resolved[key] = value.Value;
        }

        return new GlobalConfig(resolved, files, problems, warnings);
    }

    /// <summary>
    /// The severity a build reports <paramref name="ruleId"/> with: "error", "warning", "info" or "hidden", or null when
    /// the rule is turned off (<c>none</c>).
    /// </summary>
    public string? SeverityOf(string ruleId, string category, string defaultSeverity = "warning")
    {
        foreach (var key in new[] { SeverityKeys.ForRule(ruleId), SeverityKeys.ForCategory(category), SeverityKeys.AllRules })
        {
            if (_keys.TryGetValue(key, out var value) && SeverityKeys.TryParse(value, out var severity))
            {
                return severity;
            }
        }

        return defaultSeverity;
    }

    /// <summary>The keys before the first section, as a global config holds them: <c>key = value</c> or <c>key : value</c>, comments after '#' or ';'.</summary>
    private static Dictionary<string, string> Parse(string text)
    {
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                break; // sections name source files; article severities are global
            }

            var separator = line.IndexOfAny(['=', ':']);
            if (separator <= 0)
            {
                continue;
            }

            var value = line[(separator + 1)..];
            var comment = value.IndexOfAny(['#', ';']);
            keys[line[..separator].Trim()] = (comment >= 0 ? value[..comment] : value).Trim();
        }

        return keys;
    }
}
