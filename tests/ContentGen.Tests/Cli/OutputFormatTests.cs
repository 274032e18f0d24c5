using System.Text.Json;
using System.Text.RegularExpressions;

namespace ContentGen.Tests.Cli;

/// <summary>`--format text|github|sarif`: each read the way its consumer reads it.</summary>
public sealed class OutputFormatTests : IDisposable
{
    /// <summary>
    /// The pattern of the <c>csc</c> problem matcher that GitHub's setup-dotnet action registers (and that editors'
    /// "$msCompile"-style matchers share): file(line,col): severity code: message [project].
    /// </summary>
    private static readonly Regex CscProblemMatcher = new(@"^([^\s].*)\((\d+)(?:,\d+|,\d+,\d+)?\):\s+(error|warning)\s+([a-zA-Z]+(?<!MSB)\d+):\s*(.*?)\s+\[(.*?)\]$");

    private const string Body = "Governor Aleksandr {0} opened the new Skerrow pier in Portmain on Monday; 340 workers built it in {1} months.\n\nTraders in Portmain welcomed the pier after months of delays, {0} said.\n";
    private readonly string _folder = Directory.CreateTempSubdirectory("contentgen-formats-").FullName;

    public OutputFormatTests()
    {
        Write("wire.txt", "Governor opens Skerrow pier\n\n" + string.Format(Body, "Kuzmin", 19));
        Write("gazette.txt", "Skerrow pier opens in Portmain\n\n" + string.Format(Body, "Kouzmin", 18));
        Write("sport.txt", "Regatta\n\nThe Brindle crew won the the autumn regatta on the Hollin river.\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_text_line_is_matched_by_the_compiler_problem_matcher_and_carries_its_help_link()
    {
        var result = CliProcess.RunIn(_folder, ".");

        Assert.True(result.Lines.Length >= 4, string.Join("\n", result.Lines));
        foreach (var line in result.Lines)
        {
            var match = CscProblemMatcher.Match(line);
            Assert.True(match.Success, $"not matched by the csc problem matcher: {line}");
            // The bracket has no folder, so a matcher resolves the path against the workspace: here, the folder run in.
            Assert.Equal("contentgen", match.Groups[6].Value);
            Assert.True(File.Exists(Path.Combine(_folder, match.Groups[1].Value)), $"the file does not resolve: {line}");
            Assert.Equal("warning", match.Groups[3].Value);
            Assert.Matches(@"^CG\d{4}$", match.Groups[4].Value);
            Assert.EndsWith($"(https://github.com/contentgen/contentgen/blob/main/docs/diagnostics/{match.Groups[4].Value}.md)", match.Groups[5].Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_line_reads_the_same_whatever_folder_the_command_ran_in()
    {
        // Tools that compare two runs (the accuracy scorer compares a corpus with a copy of it) compare whole lines.
        var copy = Directory.CreateTempSubdirectory("contentgen-formats-copy-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(_folder))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }

            Assert.Equal(CliProcess.RunIn(_folder, ".").Lines, CliProcess.RunIn(copy, ".").Lines);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void The_problem_matcher_pattern_is_the_one_that_misses_lines_without_a_bracket()
    {
        // The test above would pass with any pattern; this one holds the pattern to what the matcher requires.
        Assert.DoesNotMatch(CscProblemMatcher, "a.txt(3,16): warning CG1002: 'the' is repeated");
        Assert.Matches(CscProblemMatcher, "Articles/a.txt(3,16): warning CG1002: 'the' is repeated (https://x/CG1002.md) [/src/App/App.csproj]");
    }

    [Fact]
    public void Github_format_is_one_workflow_command_per_finding_with_the_full_range()
    {
        var result = CliProcess.RunIn(_folder, "--format", "github", ".");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("::warning file=sport.txt,line=3,col=22,endLine=3,endColumn=29,title=CG1002::'the' is repeated: 'the the'; delete one (https://github.com/contentgen/contentgen/blob/main/docs/diagnostics/CG1002.md)", result.Lines);
        Assert.All(result.Lines, l => Assert.Matches(@"^::(warning|error|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=CG\d{4}::.+$", l));
    }

    [Fact]
    public void Github_format_escapes_properties_and_messages_as_the_runner_unescapes_them()
    {
        Write("a,b:c%.txt", "Ferry\n\nThe ferry left the the pier.\n");
        Write("ContentGen.glossary", "50% off, today\n");

        var result = CliProcess.RunIn(_folder, "--format", "github", "a,b:c%.txt", "ContentGen.glossary");

        Assert.Contains(result.Lines, l => l.StartsWith("::warning file=a%2Cb%3Ac%25.txt,line=3,", StringComparison.Ordinal));
        var glossary = Assert.Single(result.Lines, l => l.Contains("title=CG0003", StringComparison.Ordinal));
        var message = glossary[(glossary.IndexOf("::", 2, StringComparison.Ordinal) + 2)..];
        Assert.Contains("50%25 off, today", message, StringComparison.Ordinal);
        Assert.DoesNotMatch("%(?![0-9A-F]{2})", message);
    }

    [Fact]
    public void Sarif_is_a_2_1_0_log_with_rules_help_links_regions_and_related_locations()
    {
        var result = CliProcess.RunIn(_folder, "--format", "sarif", ".");

        Assert.Equal(1, result.ExitCode);
        using var sarif = JsonDocument.Parse(result.Output);
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("contentgen", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(ContentGen.Text.ContentChecker.Rules.Count, rules.Count); // every rule the engine knows
        Assert.Equal(rules.Count, rules.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.Matches(@"^CG\d{4}$", id);
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.Equal($"https://github.com/contentgen/contentgen/blob/main/docs/diagnostics/{id}.md", rule.GetProperty("helpUri").GetString());
            Assert.True(File.Exists(Path.Combine(RepositoryRootAttribute.Get(), "docs", "diagnostics", id + ".md")), id);
        }

        Assert.StartsWith("file:///", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString(), StringComparison.Ordinal);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.True(results.Count >= 4);
        foreach (var r in results)
        {
            var ruleIndex = r.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(r.GetProperty("ruleId").GetString(), rules[ruleIndex].GetProperty("id").GetString());
            Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning", "note", "none" });
            Assert.False(string.IsNullOrEmpty(r.GetProperty("message").GetProperty("text").GetString()));
            AssertLocation(Assert.Single(r.GetProperty("locations").EnumerateArray()));
        }

        var conflict = results.First(r => r.GetProperty("ruleId").GetString() == "CG2002");
        var related = Assert.Single(conflict.GetProperty("relatedLocations").EnumerateArray());
        Assert.Equal(1, related.GetProperty("id").GetInt32());
        AssertLocation(related);
        var files = new[] { conflict, related }.Select(l => (l.TryGetProperty("locations", out var ls) ? ls[0] : l).GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(["gazette.txt", "wire.txt"], files.Order());
        Assert.False(results.Single(r => r.GetProperty("ruleId").GetString() == "CG1002").TryGetProperty("relatedLocations", out _));
    }

    [Fact]
    public void Sarif_artifact_uris_are_percent_encoded()
    {
        Write("two words#1.txt", "Ferry\n\nThe ferry left the the pier.\n");

        var result = CliProcess.RunIn(_folder, "--format", "sarif", "two words#1.txt");

        using var sarif = JsonDocument.Parse(result.Output);
        var location = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0];
        Assert.Equal("two%20words%231.txt", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    private static void AssertLocation(JsonElement location)
    {
        var physical = location.GetProperty("physicalLocation");
        var artifact = physical.GetProperty("artifactLocation");
        Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
        Assert.True(Uri.IsWellFormedUriString(artifact.GetProperty("uri").GetString(), UriKind.Relative));
        var region = physical.GetProperty("region");
        var (line, column, endLine, endColumn) = (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32());
        Assert.True(line >= 1 && column >= 1 && (endLine > line || endLine == line && endColumn >= column), $"{line},{column}-{endLine},{endColumn}");
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);
}
