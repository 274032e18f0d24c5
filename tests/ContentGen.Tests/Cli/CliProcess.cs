using System.Diagnostics;
using System.Reflection;

namespace ContentGen.Tests.Cli;

/// <summary>Runs the built <c>contentgen</c> as a process, as a user or a CI step does.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string[] Lines, string Output, string Errors);

    public static string DllPath =>
        typeof(CliProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ContentGenCli").Value!;

    public static Result Run(params string[] arguments) => RunIn(null, arguments);

    /// <summary>Runs in <paramref name="workingDirectory"/>, where relative paths and globs are resolved.</summary>
    public static Result RunIn(string? workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        start.ArgumentList.Add(DllPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "contentgen timed out");
        return new Result(
            process.ExitCode,
            output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            output.Result,
            errors.Result);
    }
}
