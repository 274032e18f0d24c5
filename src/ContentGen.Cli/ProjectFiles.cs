using ContentGen.Text.Glossaries;

namespace ContentGen.Cli;

/// <summary>Files a build would use that lie beside the project rather than among the articles.</summary>
public static class ProjectFiles
{
    /// <summary>
    /// The <c>ContentGen.glossary</c> beside the nearest project file (<c>*.csproj</c>) in or above the inputs' folders:
    /// the package adds that one to every build of the project. Null when there is none.
    /// </summary>
    public static string? GlossaryAbove(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full);
            for (var dir = folder is null ? null : new DirectoryInfo(folder); dir is { Exists: true }; dir = dir.Parent)
            {
                if (dir.EnumerateFiles("*.csproj").Any())
                {
                    var glossary = Path.Combine(dir.FullName, GlossaryParser.FileName);
                    if (File.Exists(glossary))
                    {
                        return glossary;
                    }

                    break; // the nearest project decides, as a build of it would
                }
            }
        }

        return null;
    }
}
