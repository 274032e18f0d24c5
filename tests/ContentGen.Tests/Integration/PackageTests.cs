using System.Diagnostics;

namespace ContentGen.Tests.Integration;

/// <summary>
/// Packs the real package and builds a throwaway consumer from it, exactly as a user would: a PackageReference and
/// an AdditionalFiles glob, nothing else. Slow (two restores and builds), so it is one test.
/// </summary>
public class PackageTests
{
    [Fact]
    public void A_consumer_builds_and_runs_from_the_packed_package()
    {
        var root = RepositoryRootAttribute.Get();
        var work = Directory.CreateTempSubdirectory("contentgen-pkg-").FullName;
        try
        {
            var feed = Path.Combine(work, "feed");
            var version = "0.1.0-test" + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
            Run(root, "dotnet", $"pack src/ContentGen/ContentGen.csproj -c Release -o \"{feed}\" -p:Version={version}");
            Assert.Single(Directory.GetFiles(feed, "ContentGen.*.nupkg"));

            var app = Path.Combine(work, "Consumer");
            Directory.CreateDirectory(Path.Combine(app, "Articles"));
            File.WriteAllText(Path.Combine(app, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="ContentGen" Version="{version}" />
                    <AdditionalFiles Include="Articles/*.txt" />
                    <AdditionalFiles Include="Articles/skip-me.txt" ContentGen="false" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
                <configuration>
                  <packageSources>
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(app, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(app, "Directory.Packages.props"), "<Project />");
            File.WriteAllText(Path.Combine(app, "Articles", "harbour.txt"), "Harbour reopens\n\nMayor Lena Ortiz said some 300 boats returned.\n");
            File.WriteAllText(Path.Combine(app, "Articles", "skip-me.txt"), "Not an article\n\nDraft notes.\n");
            File.WriteAllText(Path.Combine(app, "Program.cs"), """
                using Consumer.Content;
                System.Console.WriteLine($"{Articles.All.Count}|{Articles.Harbour.Title}|{Articles.Harbour.Figures.Boats.Value}|{Articles.Harbour.People.LenaOrtiz.Name}");
                """);

            var output = Run(app, "dotnet", "run -c Release");
            Assert.Contains("1|Harbour reopens|300|Lena Ortiz", output, StringComparison.Ordinal);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    private static string Run(string directory, string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{file} {arguments} timed out");
        var output = stdout.Result + stderr.Result;
        Assert.True(process.ExitCode == 0, $"{file} {arguments} failed:\n{output}");
        return output;
    }
}
