namespace ContentGen.Tests.Cli;

/// <summary>The `contentgen` command, run as a process on folders of articles written here.</summary>
public sealed class LintCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contentgen-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Prints_each_finding_with_file_line_and_column_and_exits_1()
    {
        Write("harbour.txt", "Ferry returns to the harbour\n\nThe ferry left the the pier on time.\n");

        var result = Run(_folder);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Lines);
        Assert.Equal($"{Path.Combine(_folder, "harbour.txt")}(3,16): warning CG1002: 'the' is repeated: 'the the'; delete one (https://github.com/contentgen/contentgen/blob/main/docs/diagnostics/CG1002.md) [contentgen]", line);
        Assert.Contains("1 finding in 1 article", result.Errors);
    }

    [Fact]
    public void A_clean_article_prints_nothing_and_exits_0()
    {
        Write("clean.txt", "Ferry returns to the harbour\n\nThe ferry left the pier on time.\n");

        var result = Run(_folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Lines);
    }

    [Fact]
    public void Compares_articles_on_one_story_unless_told_not_to()
    {
        const string body = "Governor {0} opened the new pier in Lindholm on Monday, March 4, 2024.\n\n\"It is a good day,\" {1} said.\n\nTraders in Lindholm welcomed the pier after months of delays.\n";
        Write("a.txt", "New pier opens in Lindholm harbour\n\n" + string.Format(body, "Aleksandr Kuzmin", "Kuzmin"));
        Write("b.txt", "Lindholm harbour gets its new pier\n\n" + string.Format(body, "Aleksandr Kouzmin", "Kouzmin"));

        var cross = Run(_folder);
        var single = Run("--no-cross", _folder);

        Assert.Contains(cross.Lines, l => l.Contains("warning CG2001:", StringComparison.Ordinal));
        Assert.DoesNotContain(single.Lines, l => l.Contains("warning CG2", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_the_glossary_in_the_folder_and_reports_its_bad_lines()
    {
        Write("a.txt", "Ferry returns to the harbour\n\nThe ferry left the pier on time.\n");
        Write("ContentGen.glossary", "# names\nAleksandr Kuzmin = Kouzmin\nthis line means nothing\n");

        var result = Run(_folder);

        var line = Assert.Single(result.Lines);
        Assert.StartsWith($"{Path.Combine(_folder, "ContentGen.glossary")}(3,1): warning CG0003: Line 3:", line);
    }

    [Fact]
    public void A_binary_file_is_a_finding_not_a_crash()
    {
        File.WriteAllBytes(Path.Combine(_folder, "photo.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x03, 0x00, 0x00, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        var result = Run(_folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Lines, l => l.Contains("photo.txt(1,1): warning CG0001:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--frobnicate", "unknown option '--frobnicate'")]
    [InlineData("", "no article file or folder given")]
    [InlineData("--glossary", "--glossary needs a file")]
    [InlineData("--threads", "--threads needs a number of 1 or more")]
    public void A_bad_command_line_says_why_and_exits_2(string argument, string message)
    {
        var result = argument.Length == 0 ? Run() : Run(argument);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Errors);
    }

    [Fact]
    public void A_missing_path_is_named_and_exits_2_after_checking_the_rest()
    {
        Write("a.txt", "Ferry returns to the harbour\n\nThe ferry left the the pier on time.\n");

        var result = Run(_folder, Path.Combine(_folder, "missing"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file or folder", result.Errors);
        Assert.Single(result.Lines);
    }

    [Fact]
    public void A_missing_glossary_is_named_and_exits_2()
    {
        Write("a.txt", "Ferry returns to the harbour\n\nThe ferry left the pier on time.\n");

        var result = Run("--glossary", Path.Combine(_folder, "names.glossary"), _folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such glossary", result.Errors);
    }

    [Fact]
    public void Output_is_in_path_order_whatever_the_number_of_threads()
    {
        for (var i = 0; i < 12; i++)
        {
            Write($"piece-{i:D2}.txt", $"Ferry number {i} returns\n\nThe ferry left the the pier.\n\nIt came back on on time.\n");
        }

        var one = Run("--threads", "1", _folder);
        var four = Run("--threads", "4", _folder);

        Assert.Equal(24, one.Lines.Length);
        Assert.Equal(one.Lines, four.Lines);
        Assert.Equal(one.Lines.OrderBy(l => l, StringComparer.Ordinal), one.Lines);
    }

    [Fact]
    public void Json_output_holds_findings_with_positions_and_the_stories()
    {
        const string body = "Governor Aleksandr {0} opened the new Skerrow pier in Portmain on Monday; 340 workers built it in 19 months.\n\nTraders in Portmain welcomed the pier after months of delays, {0} said.\n";
        Write("wire.txt", "Governor opens Skerrow pier\n\n" + string.Format(body, "Kuzmin"));
        Write("gazette.txt", "Skerrow pier opens in Portmain\n\n" + string.Format(body, "Kouzmin"));
        Write("sport.txt", "Regatta\n\nThe Brindle crew won the the autumn regatta on the Hollin river.\n");

        var result = Run("--format", "json", _folder);

        Assert.Equal(1, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(string.Join("\n", result.Lines));
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var repeated = Assert.Single(findings, f => f.GetProperty("id").GetString() == "CG1002");
        Assert.Equal(Path.Combine(_folder, "sport.txt"), repeated.GetProperty("path").GetString());
        Assert.Equal((3, 22, 3, 29), (repeated.GetProperty("line").GetInt32(), repeated.GetProperty("column").GetInt32(), repeated.GetProperty("endLine").GetInt32(), repeated.GetProperty("endColumn").GetInt32()));
        Assert.Equal("warning", repeated.GetProperty("severity").GetString());
        var variant = findings.First(f => f.GetProperty("id").GetString() == "CG2001");
        var other = Assert.Single(variant.GetProperty("related").EnumerateArray()).GetProperty("path").GetString();
        Assert.Equal(["gazette.txt", "wire.txt"], new[] { variant.GetProperty("path").GetString(), other }.Select(p => Path.GetFileName(p)!).Order());

        var stories = json.RootElement.GetProperty("stories").EnumerateArray()
            .Select(s => string.Join(",", s.GetProperty("articles").EnumerateArray().Select(a => Path.GetFileName(a.GetString()))))
            .ToList();
        Assert.Equal(["gazette.txt,wire.txt", "sport.txt"], stories);
        Assert.Equal("Skerrow pier opens in Portmain", json.RootElement.GetProperty("stories")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        var result = Run("--format", "yaml", _folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--format needs one of: text, json, sarif, github, html", result.Errors);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);

    private static CliProcess.Result Run(params string[] arguments) => CliProcess.Run(arguments);
}
