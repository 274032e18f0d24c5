namespace ContentGen.Tests;

/// <summary>Reads the fixture articles (our own writing) copied next to the test assembly.</summary>
public static class Fixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    internal static ContentGen.Text.Model.ParsedArticle Parse(string name) =>
        ContentGen.Text.Parsing.ArticleParser.Parse("Articles/" + name, Read(name));
}
