using System.Text.Json;
using ContentGen.Analysis;

namespace ContentGen.Tests.Cli;

/// <summary>The command's rules say what the analyzer's descriptors say, so its SARIF, HTML and bulk severities agree with a build.</summary>
public sealed class RuleCatalogTests
{
    [Fact]
    public void The_commands_sarif_rules_carry_the_analyzers_titles_categories_and_help_links()
    {
        var empty = Directory.CreateTempSubdirectory("contentgen-rules-").FullName;
        try
        {
            var result = CliProcess.Run("--format", "sarif", empty);

            using var sarif = JsonDocument.Parse(result.Output);
            var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
                .Select(r => $"{r.GetProperty("id").GetString()} | {r.GetProperty("shortDescription").GetProperty("text").GetString()} | {r.GetProperty("properties").GetProperty("category").GetString()} | {r.GetProperty("helpUri").GetString()}");
            var descriptors = Descriptors.All.Select(d => $"{d.Id} | {d.Title} | {d.Category} | {d.HelpLinkUri}");
            Assert.Equal(descriptors.Order(), rules.Order());
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
