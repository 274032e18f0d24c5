using System.Text;
using ContentGen.Text.Checks;
using ContentGen.Text.Fixes;
using ContentGen.Text.Parsing;

namespace ContentGen.Cli;

/// <summary>
/// <c>contentgen --fix</c>: applies the engine's fixes (the same <see cref="FixProvider"/> the IDE's code fixes and
/// the language server use) to the article files and prints each fix as <c>path(line,col): fixed CGxxxx: what</c>;
/// with <c>--dry-run</c> it prints a unified diff of what would change and writes nothing. Fixes whose edits collide
/// are left for a second run. Only UTF-8 files (with or without a byte-order mark) are rewritten, byte for byte
/// as they were outside the fixes; any other file is named and left alone.
/// Exit code: 0 nothing left to fix or report, 1 findings remain (or, with --dry-run, there is something to fix),
/// 2 a file could not be written.
/// </summary>
public static class FixCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>An article as checked: the file, the text the findings were made on, and the findings.</summary>
    public sealed record CheckedFile(InputFile File, string Text, IReadOnlyList<Finding> Findings);

    public static int Run(IReadOnlyList<CheckedFile> files, bool dryRun, TextWriter output, TextWriter errors)
    {
        int fixedCount = 0, changedFiles = 0, left = 0, failed = 0;
        foreach (var file in files)
        {
            var (newText, applied) = FixProvider.ApplyAll(file.Findings, file.Text);
            left += file.Findings.Count - applied.Count;
            if (applied.Count == 0 || newText == file.Text)
            {
                continue;
            }

            if (dryRun)
            {
                output.Write(UnifiedDiff.Of(file.File.Key, file.Text, applied.SelectMany(f => f.Edits).ToList()));
            }
            else if (!TryWrite(file, newText, errors))
            {
                failed++;
                left += applied.Count;
                continue;
            }
            else
            {
                var lines = new LineMap(file.Text);
                foreach (var fix in applied)
                {
                    var (line, column) = lines.PositionOf(fix.FindingRange.Start);
                    output.WriteLine($"{file.File.Display}({line},{column}): fixed {fix.RuleId}: {fix.Title}");
                }
            }

            fixedCount += applied.Count;
            changedFiles++;
        }

        output.Flush();
        var fixes = $"{fixedCount} fix{(fixedCount == 1 ? "" : "es")} in {changedFiles} file{(changedFiles == 1 ? "" : "s")}";
        errors.WriteLine(dryRun
            ? $"contentgen: {fixes} would be applied (--dry-run: nothing written); {left} finding{(left == 1 ? "" : "s")} without a fix"
            : $"contentgen: applied {fixes}; {left} finding{(left == 1 ? "" : "s")} left (run again without --fix to see them)");
        return failed > 0 ? LintCommand.CannotRun : left > 0 || (dryRun && fixedCount > 0) ? LintCommand.FoundProblems : LintCommand.Clean;
    }

    // Rewrites the file only when its bytes are the UTF-8 of the text that was checked (a BOM kept as it was), so
    // nothing outside the fixes can change: a file in another encoding, or one edited since, is left alone.
    private static bool TryWrite(CheckedFile file, string newText, TextWriter errors)
    {
        try
        {
            var bytes = File.ReadAllBytes(file.File.FullPath);
            var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            string current;
            try
            {
                current = Utf8.GetString(bytes, bom, bytes.Length - bom);
            }
            catch (DecoderFallbackException)
            {
                errors.WriteLine($"contentgen: not fixing '{file.File.Display}': it is not UTF-8 text, and rewriting it would change other bytes");
                return false;
            }

            if (current != file.Text)
            {
                errors.WriteLine($"contentgen: not fixing '{file.File.Display}': it changed while it was checked");
                return false;
            }

            using var stream = new MemoryStream();
            stream.Write(bytes, 0, bom);
            var encoded = Utf8.GetBytes(newText);
            stream.Write(encoded, 0, encoded.Length);
            File.WriteAllBytes(file.File.FullPath, stream.ToArray());
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"contentgen: cannot write '{file.File.Display}': {e.Message}");
            return false;
        }
    }
}
