namespace ContentGen.Tests.Generator;

/// <summary>
/// Compares generated source with a file committed under tests/ContentGen.Tests/Snapshots. To accept a change,
/// run the tests with CONTENTGEN_ACCEPT_SNAPSHOTS=1: the files are rewritten, and the diff shows in git.
/// </summary>
public static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var path = Path.Combine(RepositoryRootAttribute.Get(), "tests", "ContentGen.Tests", "Snapshots", name);
        if (Environment.GetEnvironmentVariable("CONTENTGEN_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No snapshot {name}; run the tests with CONTENTGEN_ACCEPT_SNAPSHOTS=1 to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            File.WriteAllText(Path.ChangeExtension(path, ".received.cs"), actual);
        }

        Assert.Equal(expected, actual);
    }
}
