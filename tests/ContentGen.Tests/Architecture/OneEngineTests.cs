using System.Text.Json;
using ContentGen.Analysis;
using ContentGen.Tests.Cli;
using ContentGen.Tests.Generator;
using ContentGen.Tests.Robustness;
using Microsoft.CodeAnalysis;

namespace ContentGen.Tests.Architecture;

/// <summary>
/// The generator, the analyzers and the command line are hosts over one engine: on the same files they see the same
/// articles, the same glossary, the same stories and the same findings.
/// </summary>
public sealed class OneEngineTests : IDisposable
{
    // Two stories of several reports, one article alone, an empty file (an article, unusable, in no story), a
    // BannedSymbols.txt (never an article) and two glossaries (the first by path is the glossary).
    private static readonly (string Path, string Text)[] Files =
    [
        ("Articles/ferry/a.txt", "Ferry back at Skerrow\n\nGovernor Aleksandr Kuzmin reopened the Skerrow ferry in Portmain on Monday.\n\n\"The island has waited long enough,\" Kuzmin said.\n"),
        ("Articles/ferry/b.txt", "Skerrow pier opens\n\nGovernor Alexander Kouzmin cut the ribbon at Skerrow, near Portmain, on Monday.\n\n\"The island has waited too long,\" Kouzmin said.\n"),
        ("Articles/ferry/c.txt", "Ferry timetable for Skerrow\n\nGovernor Aleksandr Kuzmin added sailings at Skerrow and Portmain, the the council said.\n"),
        ("Articles/harvest/d.txt", "Harvest in Lindholm\n\nGrowers in Lindholm picked 4,000 tonnes of apples, chair Marta Eklund said.\n"),
        ("Articles/harvest/e.txt", "Lindholm apple harvest\n\nGrowers in Lindholm picked 5,000 tonnes of apples this autumn, chair Marta Eklund said.\n"),
        ("Articles/other/f.txt", "Choir tour\n\nThe Varbeck choir begins its winter tour in Osterholm (with new singers.\n"),
        ("Articles/other/empty.txt", ""),
        ("Articles/BannedSymbols.txt", "T:System.Console;Use the logger\n"),
        ("b/ContentGen.glossary", "Alexander Kouzmin = Aleksandr Kuzmin\n"),
        ("a/ContentGen.glossary", "Aleksandr Kuzmin = Alexander Kouzmin\nnot a glossary line\n"),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("contentgen-one-engine-").FullName;

    public OneEngineTests()
    {
        foreach (var (path, text) in Files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_folder, path))!);
            File.WriteAllText(Path.Combine(_folder, path), text);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static AdditionalText[] Texts => [.. Files.Select(f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.ProjectDir + f.Path, f.Text))];

    [Fact]
    public void Generated_stories_equal_the_analyzers_and_the_command_lines()
    {
        var (output, _) = GeneratorHarness.Run(Texts);
        var generated = ((System.Collections.IEnumerable)GeneratorHarness.Read(GeneratorHarness.Load(output), "NewsApp.Content.Articles", "Stories")!)
            .Cast<object>()
            .Select(story => string.Join(",", ((System.Collections.IEnumerable)GeneratorHarness.Property(story, "Articles")!).Cast<object>()
                .Select(article => (string)GeneratorHarness.Property(article, "Path")!)))
            .ToList();

        var analyzer = new ArticleFileSet([.. Texts], GeneratorHarness.Options(), CancellationToken.None)
            .Checker(CancellationToken.None).Stories.Select(story => string.Join(",", story.Paths)).ToList();

        using var json = JsonDocument.Parse(RunCli("--format", "json", "Articles", "a", "b").Output);
        var cli = json.RootElement.GetProperty("stories").EnumerateArray()
            .Select(story => string.Join(",", story.GetProperty("articles").EnumerateArray().Select(a => a.GetString())))
            .ToList();

        Assert.Equal(["Articles/ferry/a.txt,Articles/ferry/b.txt,Articles/ferry/c.txt", "Articles/harvest/d.txt,Articles/harvest/e.txt", "Articles/other/f.txt"], generated);
        Assert.Equal(generated, analyzer);
        Assert.Equal(generated, cli);
    }

    [Fact]
    public async Task The_command_line_reports_what_the_analyzers_report()
    {
        var diagnostics = await AnalyzerHarness.AnalyzeAsync(GeneratorHarness.Compilation(), Texts);
        var analyzer = diagnostics
            .Select(d => (Path: d.Location.GetLineSpan().Path.Substring(GeneratorHarness.ProjectDir.Length), d.Location.GetLineSpan().StartLinePosition, d.Id, Message: d.GetMessage(), d.Descriptor.HelpLinkUri))
            // The command's text lines end as the compiler's do through MSBuild: the help link, then [contentgen] for the project.
            .Select(d => $"{d.Path}({d.StartLinePosition.Line + 1},{d.StartLinePosition.Character + 1}): warning {d.Id}: {d.Message} ({d.HelpLinkUri}) [contentgen]")
            .Order(StringComparer.Ordinal)
            .ToList();

        var cli = RunCli("Articles", "a", "b").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Order(StringComparer.Ordinal)
            .ToList();

        // What the files hold: a repeated word, an unclosed bracket, an unusable file, a glossary line, cross-article names and figures.
        Assert.Contains(cli, l => l.Contains("warning CG1002", StringComparison.Ordinal));
        Assert.Contains(cli, l => l.Contains("warning CG1003", StringComparison.Ordinal));
        Assert.Contains(cli, l => l.StartsWith("Articles/other/empty.txt(1,1): warning CG0001", StringComparison.Ordinal));
        Assert.Contains(cli, l => l.StartsWith("a/ContentGen.glossary(2,1): warning CG0003", StringComparison.Ordinal));
        Assert.Contains(cli, l => l.Contains("warning CG2001", StringComparison.Ordinal));
        Assert.DoesNotContain(cli, l => l.Contains("BannedSymbols", StringComparison.Ordinal) || l.StartsWith("b/", StringComparison.Ordinal));
        Assert.Equal(analyzer, cli);
    }

    private CliProcess.Result RunCli(params string[] arguments) => CliProcess.RunIn(_folder, arguments);
}
