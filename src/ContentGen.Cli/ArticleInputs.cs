using ContentGen.Text.Inputs;

namespace ContentGen.Cli;

/// <summary>One file to read: how to show its path, and the key the engine knows it by.</summary>
/// <param name="Display">The path as printed: relative to the current folder when it lies inside it.</param>
/// <param name="Key">The same path with '/' separators, as article paths are in a project.</param>
/// <param name="FullPath">Where it is.</param>
public sealed record InputFile(string Display, string Key, string FullPath)
{
    /// <summary>The file's text, or null (with the reason written to <paramref name="errors"/>) when it cannot be read.</summary>
    public string? TryRead(TextWriter errors)
    {
        try
        {
            return File.ReadAllText(FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"contentgen: cannot read '{Display}': {e.Message}");
            return null;
        }
    }

    public static InputFile For(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        var display = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return new InputFile(display, display.Replace('\\', '/'), full);
    }
}

/// <summary>The articles and the glossary the command line names, each file once, in path order.</summary>
public sealed record ArticleInputs(IReadOnlyList<InputFile> Articles, InputFile? Glossary, IReadOnlyList<string> Problems)
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    public static ArticleInputs Find(IEnumerable<string> paths, string? glossaryPath)
    {
        var articles = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        var glossaries = new List<InputFile>();
        var problems = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                // One walk of the folder for both kinds of file.
                foreach (var file in Directory.EnumerateFiles(path, "*", Recursive))
                {
                    if (ContentFiles.IsGlossary(file))
                    {
                        glossaries.Add(InputFile.For(file));
                    }
                    else if (ContentFiles.IsArticle(file))
                    {
                        articles.TryAdd(Path.GetFullPath(file), InputFile.For(file));
                    }
                }
            }
            else if (File.Exists(path))
            {
                // A file named on the command line is checked whatever its extension; a glossary is read as one.
                if (ContentFiles.IsGlossary(path))
                {
                    glossaries.Add(InputFile.For(path));
                }
                else
                {
                    articles.TryAdd(Path.GetFullPath(path), InputFile.For(path));
                }
            }
            else
            {
                problems.Add($"no such file or folder: '{path}'");
            }
        }

        InputFile? glossary = null;
        if (glossaryPath is not null)
        {
            if (File.Exists(glossaryPath))
            {
                glossary = InputFile.For(glossaryPath);
            }
            else
            {
                problems.Add($"no such glossary: '{glossaryPath}'");
            }
        }
        else
        {
            // The engine's rule, as in a build: the first ContentGen.glossary by path.
            glossary = ContentFiles.FirstByPath(glossaries, g => g.Key);
        }

        return new ArticleInputs(articles.Values.OrderBy(a => a.Key, StringComparer.Ordinal).ToList(), glossary, problems);
    }
}
