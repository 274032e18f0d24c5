using ContentGen.Text.Inputs;

namespace ContentGen.Tests.Engine;

public class ContentFilesTests
{
    [Theory]
    [InlineData("Articles/ferry.txt", true)]
    [InlineData("C:\\News\\FERRY.TXT", true)]
    [InlineData("notes.md", false)]
    [InlineData("ContentGen.glossary", false)]
    [InlineData("BannedSymbols.txt", false)]
    [InlineData("src/BannedSymbols.Test.txt", false)]
    [InlineData("PublicAPI.Unshipped.txt", false)]
    [InlineData("lib/stylecop.txt", false)]
    [InlineData("Articles/publicapi-review.txt", true)]
    public void An_article_is_a_txt_file_that_is_not_another_tools_list(string path, bool article) =>
        Assert.Equal(article, ContentFiles.IsArticle(path));

    [Theory]
    [InlineData("ContentGen.glossary", true)]
    [InlineData("docs\\contentgen.GLOSSARY", true)]
    [InlineData("ContentGen.glossary.txt", false)]
    [InlineData("MyContentGen.glossary", false)]
    public void The_glossary_is_named_ContentGen_glossary(string path, bool glossary) =>
        Assert.Equal(glossary, ContentFiles.IsGlossary(path));

    [Fact]
    public void Of_several_glossaries_the_first_by_path_is_the_glossary_whatever_the_order()
    {
        string[] paths = ["/p/z/ContentGen.glossary", "/p/a/ContentGen.glossary", "/p/m/ContentGen.glossary"];

        Assert.Equal("/p/a/ContentGen.glossary", ContentFiles.FirstByPath(paths, p => p));
        Assert.Equal("/p/a/ContentGen.glossary", ContentFiles.FirstByPath(paths.Reverse(), p => p));
        Assert.Null(ContentFiles.FirstByPath(Array.Empty<string>(), p => p));
    }
}
