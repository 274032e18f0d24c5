using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace ContentGen.Tests.Fixes;

/// <summary>`contentgen --fix` and `--fix --dry-run`, run as a process on folders of articles written here.</summary>
public sealed class FixCommandTests : IDisposable
{
    private const string Article = "Ferry resumes\n\nThe ferry sailed on the the first day.\n\n- Advertisement -\n\nThe pass\u200Bword was set.\n\nThe talks covered demarcation and demarcation of the border.\n";
    private const string Fixed = "Ferry resumes\n\nThe ferry sailed on the first day.\n\n\nThe password was set.\n\nThe talks covered demarcation and demarcation of the border.\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("contentgen-fix-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Fix_writes_the_files_prints_each_fix_and_leaves_what_has_no_fix()
    {
        Write("a.txt", Article);
        Write("clean.txt", "Pier opens\n\nThe pier opened on Monday.\n");
        var clean = File.GetLastWriteTimeUtc(Path.Combine(_folder, "clean.txt"));

        var result = Run("--fix", ".");

        Assert.Equal(1, result.ExitCode); // the demarcation finding has no fix
        Assert.Equal(Fixed, File.ReadAllText(Path.Combine(_folder, "a.txt")));
        Assert.Equal(
            ["a.txt(3,21): fixed CG1002: Delete the repeated 'the'", "a.txt(5,1): fixed CG1001: Delete the line '- Advertisement -'", "a.txt(7,9): fixed CG1007: Delete U+200B"],
            result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("applied 3 fixes in 1 file; 1 finding left", result.Errors, StringComparison.Ordinal);
        Assert.Equal(clean, File.GetLastWriteTimeUtc(Path.Combine(_folder, "clean.txt")));

        var again = Run("--fix", ".");
        Assert.Empty(again.Output);
        Assert.Contains("applied 0 fixes in 0 files; 1 finding left", again.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_exits_0_when_every_finding_was_fixed()
    {
        Write("a.txt", "Ferry resumes\n\nThe ferry sailed on the the first day.\n");
        Assert.Equal(0, Run("--fix", "a.txt").ExitCode);
        Assert.Equal(0, Run("a.txt").ExitCode);
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_that_patch_applies_and_writes_nothing()
    {
        Write("a.txt", Article);

        var result = Run("--fix", "--dry-run", "a.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Article, File.ReadAllText(Path.Combine(_folder, "a.txt")));
        Assert.Equal(
            """
            --- a/a.txt
            +++ b/a.txt
            @@ -1,9 +1,8 @@
             Ferry resumes
             
            -The ferry sailed on the the first day.
            +The ferry sailed on the first day.
             
            -- Advertisement -
             
            -The pass\u200Bword was set.
            +The password was set.
             
             The talks covered demarcation and demarcation of the border.

            """.Replace("\\u200B", "\u200B"),
            result.Output);
        Assert.Contains("3 fixes in 1 file would be applied", result.Errors, StringComparison.Ordinal);

        // The diff is what --fix does: patch applies it to a copy and gets the same bytes.
        File.WriteAllText(Path.Combine(_folder, "a.diff"), result.Output);
        var patch = Process("patch", "-p1", "-i", "a.diff");
        Assert.True(patch.ExitCode == 0, patch.Errors + patch.Output);
        Assert.Equal(Fixed, File.ReadAllText(Path.Combine(_folder, "a.txt")));
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_and_crlf_keeps_every_other_byte()
    {
        var original = "\uFEFFFerry resumes\r\n\r\nThe ferry sailed on the the first day.\r\n\r\nRelated Stories";
        File.WriteAllBytes(Path.Combine(_folder, "a.txt"), Encoding.UTF8.GetBytes(original));

        var diff = Run("--fix", "--dry-run", "a.txt").Output;
        Run("--fix", "a.txt");

        Assert.Equal(Encoding.UTF8.GetBytes("\uFEFFFerry resumes\r\n\r\nThe ferry sailed on the first day.\r\n"), File.ReadAllBytes(Path.Combine(_folder, "a.txt")));
        Assert.Contains("-The ferry sailed on the the first day.\r\n+The ferry sailed on the first day.\r\n", diff, StringComparison.Ordinal);
        Assert.Contains("-Related Stories\n\\ No newline at end of file\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_left_alone_and_named()
    {
        var bytes = Encoding.Latin1.GetBytes("Caf\u00E9 opens\n\nThe caf\u00E9 opened on the the first day.\n");
        File.WriteAllBytes(Path.Combine(_folder, "latin1.txt"), bytes);

        var result = Run("--fix", "latin1.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not fixing 'latin1.txt': it is not UTF-8", result.Errors, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(_folder, "latin1.txt")));
    }

    [Fact]
    public void Dry_run_without_fix_is_a_usage_error()
    {
        Write("a.txt", Article);
        Assert.Equal(2, Run("--dry-run", "a.txt").ExitCode);
        Assert.Equal(Article, File.ReadAllText(Path.Combine(_folder, "a.txt")));
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);

    private sealed record Result(int ExitCode, string Output, string Errors);

    private Result Run(params string[] arguments)
    {
        var cli = typeof(FixCommandTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ContentGenCli").Value!;
        return Process("dotnet", [cli, .. arguments]);
    }

    private Result Process(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), $"{program} timed out");
        return new Result(process.ExitCode, output.Result, errors.Result);
    }
}
