using System.Diagnostics;
using ContentGen.Tests.Integration;

namespace ContentGen.Tests.Cli;

/// <summary>
/// Packs <c>contentgen</c> as a .NET tool and installs it from a local feed, as a user or a CI job does
/// (<c>dotnet tool install --tool-path</c> is the same install as <c>-g</c>, into a folder the test owns).
/// </summary>
[Collection(DotnetBuilds.Name)]
public sealed class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_from_a_local_feed_and_runs()
    {
        var root = RepositoryRootAttribute.Get();
        var work = Directory.CreateTempSubdirectory("contentgen-tool-").FullName;
        try
        {
            var feed = Path.Combine(work, "feed");
            var tools = Path.Combine(work, "tools");
            // A version of its own, so the install cannot come from a package cached by an earlier run.
            var version = "0.1.0-test" + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
            DotnetCli.Succeed(root, $"pack src/ContentGen.Cli/ContentGen.Cli.csproj -c Release -o \"{feed}\" -p:Version={version}");
            Assert.Single(Directory.GetFiles(feed, $"contentgen.{version}.nupkg"));

            DotnetCli.Succeed(work, $"tool install contentgen --tool-path \"{tools}\" --add-source \"{feed}\" --version {version}");
            var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "contentgen.exe" : "contentgen");

            var printed = Run(command, work, "--version");
            Assert.Equal((0, version), (printed.ExitCode, printed.Output.Trim()));

            File.WriteAllText(Path.Combine(work, "a.txt"), "Ferry returns\n\nThe ferry left the the pier.\n");
            var checkedArticle = Run(command, work, "a.txt");
            Assert.Equal(1, checkedArticle.ExitCode);
            Assert.StartsWith("a.txt(3,16): warning CG1002:", checkedArticle.Output, StringComparison.Ordinal);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    private static (int ExitCode, string Output) Run(string command, string directory, string argument)
    {
        var start = new ProcessStartInfo(command, argument) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), $"{command} {argument} timed out");
        return (process.ExitCode, output.Result);
    }
}
