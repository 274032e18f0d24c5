namespace ContentGen.Tests.Cli;

/// <summary>The command line as users type it: option forms, globs, mistakes, and the settings a build reads.</summary>
public sealed class CommandLineTests : IDisposable
{
    private const string Repeated = "Ferry returns to the harbour\n\nThe ferry left the the pier on time.\n";
    private readonly string _folder = Directory.CreateTempSubdirectory("contentgen-cmd-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Version_prints_the_package_version_and_exits_0()
    {
        var result = CliProcess.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", Assert.Single(result.Lines));
    }

    [Fact]
    public void Help_lists_every_option_and_exits_0()
    {
        var result = CliProcess.Run("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--glossary", "--no-cross", "--threads", "--format", "--output", "--globalconfig", "--warnaserror", "--version" })
        {
            Assert.Contains(option, result.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--threads=2", "--format=json")]
    [InlineData("--threads:2", "--format:json")]
    [InlineData("--threads", "2", "-f", "json")]
    public void Options_take_their_value_after_a_space_an_equals_sign_or_a_colon(params string[] options)
    {
        Write("a.txt", Repeated);

        var result = CliProcess.Run([.. options, _folder]);

        Assert.Equal(1, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public void A_quoted_glob_is_expanded_by_the_command_itself()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "Articles", "2024"));
        Write("Articles/one.txt", Repeated);
        Write("Articles/2024/two.txt", Repeated);
        Write("Articles/notes.md", Repeated);
        Write("other.txt", Repeated);

        var deep = CliProcess.RunIn(_folder, "Articles/**/*.txt");
        var shallow = CliProcess.RunIn(_folder, "Articles/*.txt");
        var single = CliProcess.RunIn(_folder, "Articles/o?e.txt");

        Assert.Equal(["Articles/2024/two.txt", "Articles/one.txt"], deep.Lines.Select(l => l[..l.IndexOf('(')]));
        Assert.Equal(["Articles/one.txt"], shallow.Lines.Select(l => l[..l.IndexOf('(')]));
        Assert.Equal(["Articles/one.txt"], single.Lines.Select(l => l[..l.IndexOf('(')]));
    }

    [Fact]
    public void A_glob_matching_nothing_is_named_and_exits_2()
    {
        var result = CliProcess.RunIn(_folder, "Articles/*.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'Articles/*.txt'", result.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--thread", "unknown option '--thread'; did you mean '--threads'?")]
    [InlineData("--glosary=x", "unknown option '--glosary=x'; did you mean '--glossary'?")]
    [InlineData("--no-cros", "did you mean '--no-cross'?")]
    [InlineData("--fromat", "did you mean '--format'?")]
    [InlineData("--zzzzzz", "unknown option '--zzzzzz'")]
    public void A_mistyped_option_gets_a_suggestion_and_exits_2(string option, string message)
    {
        Write("a.txt", Repeated);

        var result = CliProcess.Run(option, _folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Errors, StringComparison.Ordinal);
        Assert.Contains("contentgen --help", result.Errors, StringComparison.Ordinal);
        Assert.Empty(result.Lines);
    }

    [Fact]
    public void A_mistyped_format_gets_a_suggestion()
    {
        var result = CliProcess.Run("--format=sraif", _folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--format needs one of: text, json, sarif, github, html (did you mean 'sarif'?)", result.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("two")]
    public void A_bad_thread_count_is_refused(string threads)
    {
        var result = CliProcess.Run("--threads", threads, _folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--threads needs a number of 1 or more", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_double_dash_a_name_starting_with_a_dash_is_a_file()
    {
        Write("-draft.txt", Repeated);

        var result = CliProcess.RunIn(_folder, "--", "-draft.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("-draft.txt(3,16): warning CG1002", Assert.Single(result.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_goes_to_the_file_named()
    {
        Write("a.txt", Repeated);
        var report = Path.Combine(_folder, "report.sarif");

        var result = CliProcess.Run("--format", "sarif", "--output", report, Path.Combine(_folder, "a.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Lines);
        Assert.Contains("\"CG1002\"", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Severities_come_from_the_globalconfig_a_build_reads_by_id_category_and_for_all()
    {
        // The project folder holds the .globalconfig; the command is given the articles' folder below it.
        Directory.CreateDirectory(Path.Combine(_folder, "Articles"));
        Write("Articles/a.txt", "Ferry returns to the harbour\n\nThe ferry left the the pier on time. It sailed on Thursday, November 26, 2021.\n\n- Advertisement -\n");
        var articles = Path.Combine(_folder, "Articles");

        var defaults = CliProcess.Run(articles);
        Write(".globalconfig", "is_global = true\ndotnet_diagnostic.CG1002.severity = error\ndotnet_analyzer_diagnostic.category-ContentGen.Content.severity = suggestion\ndotnet_analyzer_diagnostic.severity = none\n");
        var configured = CliProcess.Run(articles);

        Assert.All(defaults.Lines, l => Assert.Contains(": warning CG", l, StringComparison.Ordinal));
        Assert.Contains(configured.Lines, l => l.Contains(": error CG1002:", StringComparison.Ordinal));
        Assert.Contains(configured.Lines, l => l.Contains(": info CG1005:", StringComparison.Ordinal));
        Assert.Contains(configured.Lines, l => l.Contains(": info CG1001:", StringComparison.Ordinal));
        Assert.Equal(defaults.Lines.Length, configured.Lines.Length);

        Write(".globalconfig", "is_global = true\ndotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.CG1002.severity = warning\n");
        var quiet = CliProcess.Run(articles);
        Assert.Equal(1, quiet.ExitCode);
        Assert.Contains(": warning CG1002:", Assert.Single(quiet.Lines), StringComparison.Ordinal);

        Write(".globalconfig", "is_global = true\ndotnet_analyzer_diagnostic.severity = none\n");
        var silent = CliProcess.Run(articles);
        Assert.Equal(0, silent.ExitCode);
        Assert.Empty(silent.Lines);
    }

    [Fact]
    public void A_named_globalconfig_is_read_and_warnaserror_makes_warnings_errors()
    {
        Write("a.txt", Repeated);
        Write("ci.globalconfig", "is_global = true\ndotnet_diagnostic.CG1002.severity = suggestion\n");

        var named = CliProcess.Run("--globalconfig", Path.Combine(_folder, "ci.globalconfig"), _folder);
        var strict = CliProcess.Run("--warnaserror", _folder);
        var missing = CliProcess.Run("--globalconfig", Path.Combine(_folder, "none.globalconfig"), _folder);

        Assert.Contains(": info CG1002:", Assert.Single(named.Lines), StringComparison.Ordinal);
        Assert.Contains(": error CG1002:", Assert.Single(strict.Lines), StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such global config", missing.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_globalconfigs_that_disagree_at_one_level_set_nothing_as_in_a_build()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "Articles"));
        Write("Articles/a.txt", Repeated);
        Write(".globalconfig", "is_global = true\ndotnet_diagnostic.CG1002.severity = error\n");
        Write("Articles/.globalconfig", "is_global = true\ndotnet_diagnostic.CG1002.severity = suggestion\n");

        var tied = CliProcess.Run(Path.Combine(_folder, "Articles"));
        Write("Articles/.globalconfig", "is_global = true\nglobal_level = 200\ndotnet_diagnostic.CG1002.severity = suggestion\n");
        var ranked = CliProcess.Run(Path.Combine(_folder, "Articles"));

        Assert.Contains(": warning CG1002:", Assert.Single(tied.Lines), StringComparison.Ordinal);
        Assert.Contains("a build uses neither", tied.Errors, StringComparison.Ordinal);
        Assert.Contains(": info CG1002:", Assert.Single(ranked.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public void The_glossary_beside_the_project_file_is_read_when_the_articles_folder_is_given()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "Articles"));
        Write("News.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        Write("ContentGen.glossary", "Aleksandr Kuzmin = Kouzmin\n");
        Write("Articles/a.txt", "Governor visits the harbour\n\nGovernor Aleksandr Kouzmin opened the new pier in Lindholm on Monday.\n\n\"It is a good day,\" Kouzmin said.\n");

        var result = CliProcess.Run(Path.Combine(_folder, "Articles"));

        Assert.Contains(result.Lines, l => l.Contains("warning CG2001:", StringComparison.Ordinal) && l.Contains("Kuzmin", StringComparison.Ordinal));
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);
}
