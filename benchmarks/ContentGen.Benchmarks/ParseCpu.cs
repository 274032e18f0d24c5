using System.Diagnostics;
using ContentGen.Text.Parsing;

namespace ContentGen.Benchmarks;

/// <summary>
/// The parse alone over N synthesized articles, PASSES times after a warm-up pass: each pass's elapsed time and the
/// processor time the process spent in it (the parse and the garbage collection it causes). On a machine shared with
/// other work the elapsed time swings with the load while the processor time mostly does not, so before/after
/// comparisons on a busy machine read the processor time.
/// </summary>
internal static class ParseCpu
{
    public static void Run(int count, int passes)
    {
        var articles = Corpora.Get(count);
        var process = Process.GetCurrentProcess();
        var elapsed = new List<double>();
        var cpu = new List<double>();
        for (var pass = 0; pass <= passes; pass++)
        {
            GC.Collect();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            foreach (var article in articles)
            {
                ArticleParser.Parse(article.FileName, article.Text);
            }

            watch.Stop();
            process.Refresh();
            if (pass > 0)
            {
                elapsed.Add(watch.Elapsed.TotalMilliseconds);
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }
        }

        elapsed.Sort();
        cpu.Sort();
        Console.WriteLine($"| parse {count:N0} articles, {passes} warm passes | elapsed best {elapsed[0]:F0} ms, median {elapsed[elapsed.Count / 2]:F0} ms | processor best {cpu[0]:F0} ms, median {cpu[cpu.Count / 2]:F0} ms |");
    }
}
