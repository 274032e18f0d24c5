using ContentGen.Analysis;

namespace ContentGen.Tests.Analyzers;

public class DescriptorTests
{
    public static TheoryData<string> Ids() => new(Descriptors.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_is_documented_linked_and_tracked(string id)
    {
        var root = RepositoryRootAttribute.Get();
        var descriptor = Descriptors.For(id);

        var doc = Path.Combine(root, "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(doc), $"{doc} is missing");
        Assert.StartsWith($"# {id}: {descriptor.Title}", File.ReadAllText(doc), StringComparison.Ordinal);
        Assert.Equal(Descriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.Contains($"\n{id} |", File.ReadAllText(Path.Combine(root, "src", "ContentGen", "AnalyzerReleases.Unshipped.md")), StringComparison.Ordinal);
        Assert.Contains($"diagnostics/{id}.md", File.ReadAllText(Path.Combine(root, "docs", "configuration.md")), StringComparison.Ordinal);
    }
}
