namespace ContentGen.Tests.Integration;

/// <summary>
/// Packs the real package and builds a throwaway consumer from it, exactly as a user would: a PackageReference and
/// an AdditionalFiles glob, nothing else. Then checks the severity knobs the docs promise on real builds.
/// </summary>
[Collection(DotnetBuilds.Name)]
public class PackageTests
{
    [Fact]
    public void A_consumer_builds_and_runs_from_the_packed_package_and_severities_can_fail_its_build()
    {
        var root = RepositoryRootAttribute.Get();
        var work = Directory.CreateTempSubdirectory("contentgen-pkg-").FullName;
        try
        {
            var feed = Path.Combine(work, "feed");
            var version = "0.1.0-test" + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
            DotnetCli.Succeed(root, $"pack src/ContentGen/ContentGen.csproj -c Release -o \"{feed}\" -p:Version={version}");
            var package = Assert.Single(Directory.GetFiles(feed, "ContentGen.*.nupkg"));

            // The code fixes go beside the analyzer, where the IDE loads them from.
            using (var zip = System.IO.Compression.ZipFile.OpenRead(package))
            {
                Assert.Contains(zip.Entries, e => e.FullName == "analyzers/dotnet/cs/ContentGen.CodeFixes.dll");
                Assert.Contains(zip.Entries, e => e.FullName == "analyzers/dotnet/cs/ContentGen.dll");
            }

            var app = CreateConsumer(work, feed, version);

            // Generated code: no compiler warning at all, XML docs included.
            var output = DotnetCli.Succeed(app, "run -c Release");
            Assert.Contains("1|Harbour reopens|300|Lena Ortiz", output, StringComparison.Ordinal);
            Assert.DoesNotContain("warning CS", output, StringComparison.Ordinal);

            // A content finding is a warning in the build output, with file and line.
            File.WriteAllText(Path.Combine(app, "Articles", "typo.txt"), "Ferry resumes\n\nThe ferry sailed on the the first day.\n");
            var sarif = Path.Combine(work, "contentgen.sarif");
            var build = DotnetCli.Succeed(app, $"build --no-incremental -p:ErrorLog=\"{sarif}\"");
            Assert.Matches(@"Articles[/\\]typo\.txt\(3,21\): warning CG1002", build);
            Assert.Contains("\"CG1002\"", File.ReadAllText(sarif), StringComparison.Ordinal);

            // .editorconfig severities do not reach additional files (a Roslyn rule); the finding stays a warning.
            File.WriteAllText(Path.Combine(app, ".editorconfig"), "root = true\n[*.txt]\ndotnet_diagnostic.CG1002.severity = error\n");
            Assert.Equal(0, DotnetCli.Run(app, "build --no-incremental").ExitCode);

            // .globalconfig does: the finding becomes an error and fails the build.
            File.WriteAllText(Path.Combine(app, ".globalconfig"), "is_global = true\ndotnet_diagnostic.CG1002.severity = error\n");
            var failed = DotnetCli.Run(app, "build --no-incremental");
            Assert.NotEqual(0, failed.ExitCode);
            Assert.Matches(@"typo\.txt\(3,21\): error CG1002", failed.Output);

            // So do the bulk keys, which Roslyn applies only in source files (the analyzer applies them to articles),
            // and contentgen reads the same file: the command and the build agree on what is an error.
            File.WriteAllText(Path.Combine(app, ".globalconfig"), "is_global = true\ndotnet_analyzer_diagnostic.category-ContentGen.Content.severity = error\n");
            var bulk = DotnetCli.Run(app, "build --no-incremental");
            Assert.NotEqual(0, bulk.ExitCode);
            Assert.Matches(@"typo\.txt\(3,21\): error CG1002", bulk.Output);
            var command = Cli.CliProcess.RunIn(app, "Articles");
            Assert.Contains(command.Lines, l => l.StartsWith("Articles/typo.txt(3,21): error CG1002:", StringComparison.Ordinal));
            File.Delete(Path.Combine(app, ".globalconfig"));

            // So does -warnaserror.
            var strict = DotnetCli.Run(app, "build --no-incremental -warnaserror");
            Assert.NotEqual(0, strict.ExitCode);
            Assert.Contains("CG1002", strict.Output, StringComparison.Ordinal);

            // Hostile files next to the normal one: each reported, the build succeeds, the normal article keeps its record.
            AddHostileFiles(Path.Combine(app, "Articles"));
            var hostile = DotnetCli.Succeed(app, "run -c Release");
            Assert.Contains("|Harbour reopens|300|Lena Ortiz", hostile, StringComparison.Ordinal);
            Assert.Matches(@"empty\.txt\(1,1\): warning CG0001", hostile);
            Assert.Matches(@"binary\.txt ?: warning CG0001", hostile);
            Assert.Matches(@"bidi\.txt\(3,\d+\): warning CG1007", hostile);
            Assert.Matches(@"same_title\.txt\(1,1\): warning CG0002", hostile);
            Assert.DoesNotContain("AD0001", hostile, StringComparison.Ordinal);
            Assert.DoesNotContain("CS8785", hostile, StringComparison.Ordinal);
            Assert.DoesNotContain("warning CS", hostile, StringComparison.Ordinal);

            // A rebuild that changed no article reads the binary check's result from obj/ instead of running the check
            // again (the package targets): the file is still reported and still kept from the compiler.
            File.AppendAllText(Path.Combine(app, "Program.cs"), "\n// touched\n");
            var rebuilt = DotnetCli.Succeed(app, "build -c Release");
            Assert.Matches(@"binary\.txt ?: warning CG0001", rebuilt);
            Assert.DoesNotContain("CS2015", rebuilt, StringComparison.Ordinal);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    private static void AddHostileFiles(string articles)
    {
        File.WriteAllText(Path.Combine(articles, "empty.txt"), string.Empty);
        File.WriteAllBytes(Path.Combine(articles, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2, 3, 4, 5, 6, 0, 0, 0, 0, 0xFF, 0xFE]);
        File.WriteAllBytes(Path.Combine(articles, "latin1.txt"), System.Text.Encoding.Latin1.GetBytes("Caf\u00e9 reopens\n\nThe na\u00efve owner said \"d\u00e9j\u00e0 vu\" twice.\n"));
        File.WriteAllText(Path.Combine(articles, "bidi.txt"), "Trojan headline\n\nThe file report\u202Etxt.exe is \"\"\" harmless */ #error no {braces}.\n");
        File.WriteAllText(Path.Combine(articles, "crlf.txt"), "Windows headline\r\n\r\nA paragraph.\r\n\rAnother.\r");
        File.WriteAllText(Path.Combine(articles, "same title.txt"), "First\n\nBody one.\n");
        File.WriteAllText(Path.Combine(articles, "same_title.txt"), "Second\n\nBody two.\n");
        File.WriteAllText(Path.Combine(articles, "long-line.txt"), "Long line\n\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"Word{i} ")));
    }

    private static string CreateConsumer(string work, string feed, string version)
    {
        var app = Path.Combine(work, "Consumer");
        Directory.CreateDirectory(Path.Combine(app, "Articles"));
        File.WriteAllText(Path.Combine(app, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ContentGen" Version="{version}" />
                <AdditionalFiles Include="Articles/*.txt" />
                <AdditionalFiles Update="Articles/skip-me.txt" ContentGen="false" />
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
        File.WriteAllText(Path.Combine(app, "Articles", "skip-me.txt"), "Not an article\n\nDraft notes with the the typo.\n");
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using Consumer.Content;
            System.Console.WriteLine($"{Articles.All.Count}|{Articles.Harbour.Title}|{ArticleFacts.Harbour.Figures.Boats}|{Articles.Harbour.FindPerson(ArticleFacts.Harbour.People.LenaOrtiz)!.Name}");
            """);
        return app;
    }
}
