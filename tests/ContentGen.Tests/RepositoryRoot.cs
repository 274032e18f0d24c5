using System.Reflection;

namespace ContentGen.Tests;

/// <summary>The repository's root folder, stamped in at build time so tests can find snapshots and the sample.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class RepositoryRootAttribute(string path) : Attribute
{
    public string Path { get; } = path;

    public static string Get() =>
        typeof(RepositoryRootAttribute).Assembly.GetCustomAttribute<RepositoryRootAttribute>()!.Path;
}
