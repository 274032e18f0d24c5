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
        Assert.Matches(@"coastal-wire-ferry\.txt\(5,20\): warning CG2001: Name 'Kouzmin' is spelled 'Kuzmin' in the glossary", output);
        Assert.Matches(@"coastal-wire-ferry\.txt\(9,30\): warning CG2002: '19 months' conflicts with '18 months' in Articles/harbour-gazette-ferry\.txt \(line 13\), same story", output);
        Assert.Matches(@"coastal-wire-ferry\.txt\(7,\d+\): warning CG2003: Aleksandr Kuzmin is quoted as", output);
        Assert.Matches(@"harbour-gazette-ferry\.txt\(7,30\): warning CG2004: 'Monday' conflicts with '[A-Za-z]+, March 4, 2025'", output);
        Assert.Matches(@"coastal-wire-ferry\.txt\(9,30\): warning CG2005: '19 months' contradicts the glossary fact '18 months'", output);
        Assert.DoesNotMatch(@"(library-opening|orchard-festival)\.txt\(\d+,\d+\): warning CG", output);
        Assert.DoesNotContain("warning CS", output, StringComparison.Ordinal);
    }
}
