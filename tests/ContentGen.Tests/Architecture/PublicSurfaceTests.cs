using ContentGen.Analysis;

namespace ContentGen.Tests.Architecture;

/// <summary>
/// The engine is internal: the hosts reach it through InternalsVisibleTo. Public are only the types the command
/// line's public report carries and the enums its tests take as theory data.
/// </summary>
public class PublicSurfaceTests
{
    [Fact]
    public void The_engine_exposes_only_what_a_host_carries()
    {
        var exported = typeof(ArticleAnalyzer).Assembly.GetExportedTypes()
            .Where(t => t.Namespace?.StartsWith("ContentGen.Text", StringComparison.Ordinal) == true)
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["ArticleStory", "BoilerplateKind", "Finding", "LineMap", "RelatedLocation", "TextRange", "UnusableReason"], exported);
    }

    [Fact]
    public void The_package_exposes_the_generator_and_the_analyzer()
    {
        var exported = typeof(ArticleAnalyzer).Assembly.GetExportedTypes()
            .Where(t => t.Namespace?.StartsWith("ContentGen.Text", StringComparison.Ordinal) != true)
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["ArticleAnalyzer", "ArticleGenerator", "TrackingNames"], exported);
    }
}
