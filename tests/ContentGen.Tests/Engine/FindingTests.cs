using ContentGen.Text.Checks;

namespace ContentGen.Tests.Engine;

public class FindingTests
{
    [Fact]
    public void An_engine_failure_is_a_CG0001_finding_that_names_the_exception_and_asks_for_a_report()
    {
        var finding = Finding.EngineFailure(new InvalidOperationException("Sequence contains no elements"));

        Assert.Equal(RuleIds.UnusableFile, finding.RuleId);
        Assert.Equal(default, finding.Range);
        Assert.Equal("ContentGen failed to analyse this file (InvalidOperationException: Sequence contains no elements); this is a bug in ContentGen, please report it with the file", finding.Message);
    }
}
