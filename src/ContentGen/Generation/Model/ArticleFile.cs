namespace ContentGen.Generation.Model
{
    /// <summary>An article file's path (full and project-relative) and text: the input of the per-file parse.</summary>
    internal sealed record ArticleFile(string FullPath, string RelativePath, string Text);
}
