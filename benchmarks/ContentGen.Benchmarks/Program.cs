using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ContentGen.Benchmarks;
using ContentGen.Synthesis;
using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;
using ContentGen.Text.Parsing;

// dotnet run -c Release --project benchmarks/ContentGen.Benchmarks -- [BenchmarkDotNet arguments]
//   scale [N] [PASSES]      parse, every check and the corpus index for N articles, single-threaded, with peak memory:
//                           a first pass (one-shot process: JIT, regex construction), then warm passes (default 2 in all);
//                           DOTNET_gcServer=1 runs it with server GC, as the compiler runs
//   write-corpus DIR N      writes N synthesized articles to DIR (for the build and textlint comparisons)
//   check-dir DIR           ContentGen's single-article checks over every .txt in DIR, timed
//   parse-stages [N]        time and allocation of each parse stage over N articles
//   parse-cpu [N] [PASSES]  the parse alone, N articles (default 3,000), PASSES warm passes (default 10): elapsed and
//                           processor time per pass, best and median (processor time is the steadier on a busy machine)
//   compile [N] [RUNS]      the generated code's own cost: generator, binding and emitting N articles, timed apart;
//                           RUNS runs (default 2), median of all but the first
//   edit-one [N] [--steps] [--edits E] [--distinct] [--shape]  E one-article edits (default 12) in a warm N-article
//                           generator and analyzer (--steps: time per generator step; --distinct: a new text each edit,
//                           as typing gives, instead of two texts in turn; --shape: also a generator of the same pipeline
//                           shape whose steps do nothing, Roslyn's own cost)
//   lsp [N] [EDITS] [--in-name]  contentgen lsp as a process over N articles: time from each keystroke to its
//                           diagnostics, and the server's memory every tenth of the edits (default 1,000 articles,
//                           10,000 edits); --in-name types inside a name, which rebuilds the corpus index every time
//   rebuild [N] [PASSES] [--steps] [--warm]  a compiler-server rebuild that changed no article: fresh generator driver and analyzer run over
//                           new SourceTexts of the same files, with the engine's caches emptied and kept, alternately
//   sdk-analyzers [N] [DIR] the SDK's CA2252 and CA1856 analyzers, binding and emitting on the generated code and on
//                           variants of it (facts as const double / long instead of const decimal)
//   bind-shapes [N] [ROUNDS] binding and emit of the generated code for N articles and of variants rewritten as text
//                           (payloads empty, UTF-8 payloads as strings, no doc comments), rounds interleaved
//   partials [N] [ROUNDS]   N generated-shaped members of one partial class in N, 256 and 1 declarations: binding and emit
//   soak [N] [EDITS]        a long editing session: managed memory after full collections, lexer alone and real generator
switch (args.FirstOrDefault())
{
    case "scale":
        Scale(args.Length > 1 ? int.Parse(args[1]) : 10_000, args.Length > 2 ? int.Parse(args[2]) : 2);
        return;
    case "write-corpus":
        CorpusSynthesizer.Write(args[1], new CorpusSynthesizer(42).Generate(int.Parse(args[2])));
        return;
    case "check-dir":
        CheckDirectory(args[1]);
        return;
    case "parse-stages":
        ParseStages.Run(args.Length > 1 ? int.Parse(args[1]) : 1_000);
        return;
    case "parse-cpu":
        ParseCpu.Run(args.Length > 1 ? int.Parse(args[1]) : 3_000, args.Length > 2 ? int.Parse(args[2]) : 10);
        return;
    case "compile":
        CompileCost.Run(args.Length > 1 ? int.Parse(args[1]) : 1_000, args.Length > 2 ? int.Parse(args[2]) : 2);
        return;
    case "lsp":
        LanguageServerEdits.Run(args.Length > 1 ? int.Parse(args[1]) : 1_000, args.Length > 2 && int.TryParse(args[2], out var edits) ? edits : 10_000, args.Contains("--in-name"));
        return;
    case "bind-shapes":
        BindShapes.Run(args.Length > 1 ? int.Parse(args[1]) : 10_000, args.Length > 2 ? int.Parse(args[2]) : 2);
        return;
    case "partials":
        PartialDeclarations.Run(args.Length > 1 ? int.Parse(args[1]) : 10_000, args.Length > 2 ? int.Parse(args[2]) : 3);
        return;
    case "soak":
        Soak.Run(args.Length > 1 ? int.Parse(args[1]) : 1_000, args.Length > 2 ? int.Parse(args[2]) : 5_000);
        return;
    case "rebuild":
        Rebuild.Run(args.Length > 1 ? int.Parse(args[1]) : 1_000, args.Length > 2 && int.TryParse(args[2], out var passes) ? passes : 3, args.Contains("--steps"), args.Contains("--warm"));
        return;
    case "sdk-analyzers":
        SdkAnalyzers.Run(args.Length > 1 ? int.Parse(args[1]) : 1_000, args.Length > 2 ? args[2] : "/usr/share/dotnet/sdk/10.0.401/Sdks/Microsoft.NET.Sdk/analyzers");
        return;
    case "edit-one":
        EditOne.InTitle = args.Contains("--in-title");
        EditOne.Run(args.Length > 1 ? int.Parse(args[1]) : 10_000, args.Contains("--steps"), Array.IndexOf(args, "--edits") is > 0 and var at && at + 1 < args.Length ? int.Parse(args[at + 1]) : 12, args.Contains("--distinct"), args.Contains("--shape"));
        return;
}

// Few, short iterations: the large cases take seconds each and the machine has two cores.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args, config);

static void Scale(int count, int passes)
{
    var articles = Corpora.Get(count);

    // The compiler (csc and the VBCSCompiler server) runs with server GC; this process with whatever
    // DOTNET_gcServer says (workstation by default). Collection pauses differ a lot between the two.
    Console.WriteLine($"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, {Environment.ProcessorCount} cores");
    for (var pass = 1; pass <= passes; pass++)
    {
        ScalePass(articles, pass == 1 ? "first pass" : $"warm pass {pass - 1}");
    }
}

static void ScalePass(IReadOnlyList<SynthesizedArticle> articles, string pass)
{
    var count = articles.Count;
    var megabytes = Corpora.Bytes(articles) / 1_000_000.0;
    var liveBefore = GC.GetTotalMemory(forceFullCollection: true);
    var pauseBefore = GC.GetTotalPauseDuration();
    var gen2Before = GC.CollectionCount(2);
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    // Processor time beside elapsed time: on a shared machine the elapsed time follows the load, the processor time
    // this process spends (the stage and the collections it causes) much less.
    var process = Process.GetCurrentProcess();
    TimeSpan Cpu() { process.Refresh(); return process.TotalProcessorTime; }
    var cpu0 = Cpu();
    var watch = Stopwatch.StartNew();
    var parsed = Corpora.Parse(articles);
    var parse = watch.Elapsed;
    var cpu1 = Cpu();
    var parseAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    watch.Restart();
    var single = parsed.Sum(a => ArticleChecks.Run(a).Count);
    var checks = watch.Elapsed;
    var cpu2 = Cpu();
    watch.Restart();
    var corpus = new CorpusIndex(parsed);
    var cross = corpus.Articles.Sum(a => CorpusChecks.Run(a, corpus).Count);
    var corpusTime = watch.Elapsed;
    var cpu3 = Cpu();
    var total = parse + checks + corpusTime;
    var pauses = GC.GetTotalPauseDuration() - pauseBefore;
    var gen2 = GC.CollectionCount(2) - gen2Before;

    // What stays alive with every parse, its caches and the corpus index (after the timings).
    var retained = GC.GetTotalMemory(forceFullCollection: true) - liveBefore;
    GC.KeepAlive(parsed);
    GC.KeepAlive(corpus);
    Console.WriteLine($"| {count:N0} ({pass}) | {megabytes:F1} MB | {parse.TotalMilliseconds:F0} ms | {checks.TotalMilliseconds:F0} ms | {corpusTime.TotalMilliseconds:F0} ms | {total.TotalMilliseconds:F0} ms | {megabytes / total.TotalSeconds:F1} MB/s | {Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000} MB | {single:N0} + {cross:N0} findings | parse allocated {parseAllocated / count / 1024:N0} KB per article ({(double)parseAllocated / Corpora.Bytes(articles):F1} bytes per input byte), {retained / count / 1024:N0} KB per article kept with its checks and the corpus index | GC pauses {pauses.TotalMilliseconds:F0} ms, {gen2} gen2 | processor time: parse {(cpu1 - cpu0).TotalMilliseconds:F0} ms, checks {(cpu2 - cpu1).TotalMilliseconds:F0} ms, corpus {(cpu3 - cpu2).TotalMilliseconds:F0} ms |");
}

static void CheckDirectory(string directory)
{
    var files = Directory.GetFiles(directory, "*.txt");
    var texts = files.Select(File.ReadAllText).ToList();

    // The first pass pays for JIT and for compiling the regular expressions, as a one-shot command line does. A
    // long-lived host (the compiler server, the IDE) runs the checks over and over with fully tiered-up code: the
    // best of four more passes stands for it (the second pass alone is still partly unoptimized code).
    var best = double.MaxValue;
    var findings = 0;
    for (var pass = 0; pass < 5; pass++)
    {
        var watch = Stopwatch.StartNew();
        findings = 0;
        for (var i = 0; i < files.Length; i++)
        {
            findings += ArticleChecks.Run(new ArticleText(ArticleParser.Parse(files[i], texts[i]), texts[i])).Count;
        }

        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (pass == 0)
        {
            Console.WriteLine($"ContentGen (cold): {files.Length} files, {findings} findings, {elapsed:F0} ms");
        }
        else
        {
            best = Math.Min(best, elapsed);
        }
    }

    Console.WriteLine($"ContentGen (warm): {files.Length} files, {findings} findings, {best:F0} ms");
}
