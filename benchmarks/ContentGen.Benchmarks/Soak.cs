using System.Diagnostics;
using System.Text;
using ContentGen.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Benchmarks;

/// <summary>
/// A long editing session, in-process: does managed memory stay flat? Roslyn's lexer keeps the text and value of each
/// regular string literal it reads in a process-wide string table (65,536 entries, replaced at random), and the parser
/// keeps small green nodes (up to three children, such as the literal expression, with its token) in a process-wide
/// cache of 65,536 slots; so a generated literal that changes with every keystroke leaves its text behind each time.
/// A verbatim literal is not added to the string table, and a node that holds a directive is not cached. Part one
/// isolates that (one article's payload re-parsed after each edit, in three forms); part two runs the real generator
/// over a whole project, keeping the latest output compilation and parsing the generated files whose text changed, as
/// an IDE does.
/// Memory is measured after a full collection.
/// </summary>
internal static class Soak
{
    public static void Run(int count, int edits)
    {
        var articles = Corpora.Get(count);
        var sample = articles.OrderBy(a => a.Text.Length).ElementAt(articles.Count / 2).Text;
        Console.WriteLine($"one article's payload: {sample.Length:N0} characters; {edits:N0} edits; memory after a full GC");
        foreach (var form in new[] { "regular literal (first API)", "verbatim literal", "verbatim after a directive (now)" })
        {
            var verbatim = form.StartsWith("verbatim", StringComparison.Ordinal);
            var directive = form.Contains("directive", StringComparison.Ordinal) ? "\n#nullable enable\n" : string.Empty;
            var line = new StringBuilder($"parse alone, {form}:");
            var baseline = Live();
            for (var i = 1; i <= edits; i++)
            {
                var text = sample.Insert(sample.Length / 2, " edit" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var literal = verbatim ? "@\"" + text.Replace("\"", "\"\"") + "\"" : Regular(text);
                var tree = CSharpSyntaxTree.ParseText($"static class C {{ static System.ReadOnlySpan<byte> P => M(0, {directive}{literal}u8); static System.ReadOnlySpan<byte> M(int a, System.ReadOnlySpan<byte> b) => b; }}", new CSharpParseOptions(LanguageVersion.CSharp12));
                GC.KeepAlive(tree.GetRoot());
                if (i % (edits / 5) == 0)
                {
                    line.Append($" {i}: {(Live() - baseline) / 1_000_000.0:+0.0;-0.0} MB");
                }
            }

            Console.WriteLine(line);
        }

        var texts = Corpora.Texts(articles);
        var compilation = Corpora.Compilation();
        var driver = (GeneratorDriver)CSharpGeneratorDriver.Create(
            [new ArticleGenerator().AsSourceGenerator()], texts, new CSharpParseOptions(LanguageVersion.CSharp12), Corpora.Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        // The generated files as the IDE keeps them: Roslyn's driver returns a new syntax tree for every generated file on
        // every run, and the IDE keeps its document (and parsed tree) for a file whose text checksum did not change, so
        // only the changed files are parsed again.
        var shown = new Dictionary<string, (byte[] Checksum, SyntaxTree Tree)>();
        int Show(Compilation generated)
        {
            var parsed = 0;
            foreach (var tree in generated.SyntaxTrees)
            {
                var checksum = tree.GetText().GetChecksum().ToArray();
                if (!shown.TryGetValue(tree.FilePath, out var kept) || !kept.Checksum.AsSpan().SequenceEqual(checksum))
                {
                    GC.KeepAlive(tree.GetRoot());
                    shown[tree.FilePath] = (checksum, tree);
                    parsed++;
                }
            }

            return parsed;
        }

        Show(output);
        var index = texts.Length / 2;
        var original = texts[index].GetText()!.ToString();
        AdditionalText current = texts[index];
        var start = Live();
        var times = new List<double>(edits);
        var parsedFiles = 0;
        var report = new StringBuilder($"generator, {count:N0} articles, the latest output kept:");
        for (var i = 1; i <= edits; i++)
        {
            // Each edit is new text (typing), so each payload literal is one the lexer has not seen.
            AdditionalText next = new Corpora.MemoryText(current.Path, original.Insert(original.Length / 2, " edit" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var watch = Stopwatch.StartNew();
            driver = driver.ReplaceAdditionalText(current, next).RunGeneratorsAndUpdateCompilation(compilation, out output, out _);
            parsedFiles += Show(output);
            times.Add(watch.Elapsed.TotalMilliseconds);
            current = next;
            if (i % (edits / 5) == 0)
            {
                report.Append($" {i}: {(Live() - start) / 1_000_000.0:+0.0;-0.0} MB");
            }
        }

        GC.KeepAlive(output);
        times.Sort();
        Console.WriteLine(report);
        Console.WriteLine($"generator re-run and parse of the changed generated files ({parsedFiles / (double)edits:F1} a run; the IDE keeps the unchanged ones), per edit: median {times[times.Count / 2]:F1} ms");
    }

    private static long Live() => GC.GetTotalMemory(forceFullCollection: true);

    private static string Regular(string text)
    {
        var b = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => b.Append("\\\""),
                '\\' => b.Append("\\\\"),
                '\n' => b.Append("\\n"),
                '\r' => b.Append("\\r"),
                _ => b.Append(c),
            };
        }

        return b.Append('"').ToString();
    }
}
