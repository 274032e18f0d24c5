using System.Text;
using ContentGen.Tests.Generator;
using Microsoft.CodeAnalysis;

namespace ContentGen.Tests.Robustness;

/// <summary>
/// Hostile files next to a normal one: each gets a clear diagnostic, nothing crashes (no AD0001, no CS8785), the
/// generated code compiles, and the normal article keeps its record.
/// </summary>
public class HostileInputTests
{
    private static AdditionalText Article(string name, string text) => GeneratorHarness.Article(name, text);

    public static TheoryData<string, string, string?> Files() => new()
    {
        { "empty.txt", "", "CG0001" },
        { "blank.txt", "  \n\t\n", "CG0001" },
        { "binary.txt", Encoding.Latin1.GetString([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 2, 3, 4, 5, 0, 0, 0, 0]), "CG0001" },
        { "latin1.txt", Encoding.UTF8.GetString(Encoding.Latin1.GetBytes("Ã\u00e9\u00e8\u00e0\u00fc\u00f6 caf\u00e9 na\u00efve \u00e9t\u00e9 \u00e0 \u00f4 \u00ee \u00fb \u00e9\u00e9\u00e9\u00e9\u00e9")), "CG0001" },
        { "bom.txt", "\uFEFFHeadline with a BOM\n\nThe body.\n", null },
        { "crlf.txt", "Headline\r\n\r\nThe body.\r\n\r\nMore.\r\n", null },
        { "cr.txt", "Headline\r\rThe body.\r\rMore.\r", null },
        { "bidi.txt", "Headline\n\nThe file txt\u202E.exe is safe.\n", "CG1007" },
        { "long-line.txt", "Headline\n\n" + string.Concat(Enumerable.Repeat("Words of a very long single line. ", 60_000)), null },
        { "many-paragraphs.txt", "Headline\n\n" + string.Join("\n\n", Enumerable.Range(0, 20_000).Select(i => $"Paragraph {i} says little.")), null },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_hostile_file_gets_its_diagnostic_and_the_rest_still_builds(string name, string text, string? expected)
    {
        var normal = Article("normal.txt", "Harbour reopens\n\nMayor Lena Ortiz said some 300 boats returned.\n");
        var result = await AnalyzerHarness.RunAsync([normal, Article(name, text)]);

        Assert.Empty(result.Generated);
        Assert.Empty(GeneratorHarness.Problems(result.Output));
        Assert.DoesNotContain(result.Analyzer, d => d.Id is "AD0001");
        Assert.Contains(result.Output.SyntaxTrees, t => t.FilePath.EndsWith("ContentGen.Articles.Normal.g.cs", StringComparison.Ordinal));
        if (expected is not null)
        {
            Assert.Contains(result.Analyzer, d => d.Id == expected && d.Location.GetLineSpan().Path.EndsWith(name, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Colliding_names_are_reported_and_both_articles_get_records()
    {
        var result = await AnalyzerHarness.RunAsync([Article("same title.txt", "One\n\nBody.\n"), Article("same_title.txt", "Two\n\nBody.\n")]);

        Assert.Empty(GeneratorHarness.Problems(result.Output));
        Assert.Contains(result.Analyzer, d => d.Id == "CG0002");
        Assert.Contains(result.Output.SyntaxTrees, t => t.FilePath.EndsWith("ContentGen.Articles.SameTitle2.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_10_MB_article_builds()
    {
        var paragraph = "The council met again and discussed the harbour plan at length, as it had done for years. ";
        var text = "Headline of a very long report\n\n" + string.Join("\n\n", Enumerable.Range(0, 10_000_000 / paragraph.Length).Select(i => $"{i}: {paragraph}"));
        var result = await AnalyzerHarness.RunAsync([Article("huge.txt", text)]);

        Assert.Empty(GeneratorHarness.Problems(result.Output));
        Assert.DoesNotContain(result.Analyzer, d => d.Id is "AD0001");
        using var stream = new MemoryStream();
        var emit = result.Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Take(3)));
    }
}
