using System.Diagnostics;

namespace ContentGen.Tests.Integration;

/// <summary>Runs the dotnet CLI for the integration tests, which build real projects.</summary>
public static class DotnetCli
{
    public sealed record Result(int ExitCode, string Output);

    public static Result Run(string directory, string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {arguments} timed out");
        }

        return new Result(process.ExitCode, stdout.Result + stderr.Result);
    }

    public static string Succeed(string directory, string arguments)
    {
        var result = Run(directory, arguments);
        Assert.True(result.ExitCode == 0, $"dotnet {arguments} failed:\n{result.Output}");
        return result.Output;
    }
}

/// <summary>Tests that run MSBuild on this repository's projects share its output folders, so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DotnetBuilds
{
    public const string Name = "dotnet builds";
}
