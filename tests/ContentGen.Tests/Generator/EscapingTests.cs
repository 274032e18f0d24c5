using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ContentGen.Tests.Generator;

public class EscapingTests
{
    // Everything an article could hold that might break out of a string literal or a comment, or hide code.
    private static readonly string Hostile = string.Join("\n",
        "Title with \"quotes\", a back\\slash, */ and <xml> & \u202Etxt.exe",
        "",
        "Raw \"\"\" triple quotes, {braces} and $\"{interpolation}\" and /* comment */ markers.",
        "",
        "#error this must stay text",
        "",
        "#line 1 \"evil.cs\"",
        "",
        "Control \u0001\u0007\u001b characters, a NUL \0 and \u2028line\u2029separators.",
        "",
        "Bidi \u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069 controls and a zero\u200Bwidth space.",
        "",
        "An unpaired \uD800 high and \uDC00 low surrogate, and a pair \uD83D\uDE00 smile.",
        "",
        "\"Quoted \\\" words with \u201Ccurly\u201D marks,\" said Mayor Lena O\u2019Brien.");

    // Over the large-article threshold the text is embedded as UTF-8 data: it must round-trip just the same.
    public static TheoryData<string> Texts() => [Hostile, string.Join("\n\n", Enumerable.Range(0, 400).Select(i => $"{i} {Hostile}"))];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Any_article_text_becomes_inert_literals_and_round_trips(string text)
    {
        var (output, result) = GeneratorHarness.Run([GeneratorHarness.Article("hostile.txt", text)]);

        Assert.Empty(GeneratorHarness.Problems(output));
        var source = result.GeneratedSources.Single(s => s.HintName.Contains("HostileArticle", StringComparison.Ordinal)).SourceText.ToString();
        foreach (var invisible in new[] { '\u202E', '\u2066', '\u200B', '\u2028', '\0', '\u001b' })
        {
            Assert.DoesNotContain(invisible, source);
        }

        // Load the compiled code and compare what it holds with what the engine parsed: nothing altered.
        var expected = ContentGen.Text.Parsing.ArticleParser.Parse("Articles/hostile.txt", text);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var assembly = Assembly.Load(stream.ToArray());
        var article = assembly.GetType("NewsApp.Content.HostileArticle")!.GetField("Instance", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        Assert.Equal(expected.Title, article.GetType().GetProperty("Title")!.GetValue(article));
        Assert.Equal(expected.Paragraphs.Select(p => p.Text), (IEnumerable<string>)article.GetType().GetProperty("Paragraphs")!.GetValue(article)!);
    }
}
