namespace ContentGen.Tests.Integration;

/// <summary>Builds the NewsDesk sample and checks that its deliberate problems are reported with file and line.</summary>
[Collection(DotnetBuilds.Name)]
public class SampleBuildTests
{
    [Fact]
    public void The_sample_build_reports_its_articles_problems_with_file_and_line()
    {
        var root = RepositoryRootAttribute.Get();
        var output = DotnetCli.Succeed(root, "build samples/NewsDesk/NewsDesk.csproj --no-incremental");

        Assert.Matches(@"harbour-gazette-ferry\.txt\(5,1\): warning CG1001: Scraped advertisement marker", output);
        Assert.Matches(@"harbour-gazette-ferry\.txt\(19,\d+\): warning CG1002: 'the' is repeated", output);
        Assert.Matches(@"ferry-follow-up\.txt\(\d+,\d+\): warning CG1005: 'Wednesday, March 4, 2025'", output);
        Assert.Matches(@"ferry-follow-up\.txt\(\d+,\d+\): warning CG1006: Name 'Kouzmin' is spelled 'Kuzmin'", output);
        Assert.DoesNotMatch(@"(library-opening|orchard-festival)\.txt\(\d+,\d+\): warning CG", output);
        Assert.DoesNotContain("warning CS", output, StringComparison.Ordinal);
    }
}
