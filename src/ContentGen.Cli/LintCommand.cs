using ContentGen.Text;
using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;
using ContentGen.Text.Glossaries;
using ContentGen.Text.Parsing;

namespace ContentGen.Cli;

/// <summary>
/// <c>contentgen [options] &lt;path&gt;...</c>: reads the articles, runs every check the analyzers run (the
/// single-article ones and, across the articles given, the cross-article ones) and prints each finding as
/// <c>path(line,col): warning CGxxxx: message</c>, the format editors and CI log parsers read from compilers.
/// Exit code 0 when nothing was found, 1 when something was, 2 when the command line or a file could not be used.
/// </summary>
public static class LintCommand
{
    public const int Clean = 0;
    public const int FoundProblems = 1;
    public const int CannotRun = 2;

    private const string Usage = """
        Usage: contentgen [options] <path>...

        Checks article text files as ContentGen's analyzers do, without a build.

          <path>             an article file, or a folder searched for *.txt (and a ContentGen.glossary)
          --glossary <file>  the glossary to check names and facts against
          --no-cross         only the single-article checks (no comparison across articles)
          --threads <n>      how many files to check at once (default: one per processor)
          --format <f>       text (default): one line per finding, as compilers print them;
                             json: {"findings": [...], "stories": [...]}, see the README
          -h, --help         this text

        Text output is one line per finding: path(line,col): warning CGxxxx: message.
        Exit code: 0 nothing found, 1 findings, 2 a path or option could not be used.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        if (!CommandLine.TryParse(args, out var options, out var problem))
        {
            errors.WriteLine($"contentgen: {problem}");
            errors.WriteLine("Run 'contentgen --help' for usage.");
            return CannotRun;
        }

        if (options.Help)
        {
            output.WriteLine(Usage);
            return Clean;
        }

        var inputs = ArticleInputs.Find(options.Paths, options.Glossary);
        foreach (var missing in inputs.Problems)
        {
            errors.WriteLine($"contentgen: {missing}");
        }

        // Files are read and parsed in parallel (the engine is thread-safe: the analyzers run it concurrently too).
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads };
        var parsed = new ArticleText?[inputs.Articles.Count];
        var readErrors = new StringWriter[inputs.Articles.Count];
        var failures = new Finding?[inputs.Articles.Count];
        Parallel.For(0, parsed.Length, parallel, i =>
        {
            var file = inputs.Articles[i];
            readErrors[i] = new StringWriter();
            if (file.TryRead(readErrors[i]) is { } text)
            {
                parsed[i] = ContentChecker.Read(file.Key, text, out failures[i]);
            }
        });

        var articles = new List<(InputFile File, ArticleText Text, Finding? Failure)>();
        for (var i = 0; i < parsed.Length; i++)
        {
            errors.Write(readErrors[i].ToString());
            if (parsed[i] is { } text)
            {
                articles.Add((inputs.Articles[i], text, failures[i]));
            }
        }

        var report = new Report(articles.Select(a => (a.File, a.Text.Lines)));
        var glossary = Glossary.Empty;
        var unreadable = parsed.Length - articles.Count;
        var glossaryText = inputs.Glossary?.TryRead(errors);
        unreadable += inputs.Glossary is not null && glossaryText is null ? 1 : 0;
        if (inputs.Glossary is { } glossaryFile && glossaryText is not null)
        {
            glossary = GlossaryParser.Parse(glossaryFile.Key, glossaryText);
            report.Add(glossaryFile, new LineMap(glossaryText), ContentChecker.CheckGlossary(glossary));
        }

        // The corpus needs every article before any cross-article check can run. The checks run in parallel; the
        // findings are reported per file in path order (the inputs are sorted), each file's in text order.
        var checker = options.CrossArticle ? new ContentChecker(articles.Select(a => a.Text), glossary) : null;
        var found = new List<Finding>[articles.Count];
        Parallel.For(0, articles.Count, parallel, i =>
        {
            var (_, text, failure) = articles[i];
            found[i] = failure is not null ? new List<Finding> { failure } : checker?.Check(text) ?? ContentChecker.CheckAlone(text);
        });

        for (var i = 0; i < articles.Count; i++)
        {
            report.Add(articles[i].File, articles[i].Text.Lines, found[i].OrderBy(f => f.Range.Start));
        }

        if (checker is not null)
        {
            report.AddStories(checker.Stories);
        }

        ReportWriter.For(options.Format).Write(report, output);
        output.Flush(); // the findings before the count, also when both go to one terminal
        var findings = report.FindingCount;
        errors.WriteLine($"contentgen: {findings} finding{(findings == 1 ? "" : "s")} in {articles.Count} article{(articles.Count == 1 ? "" : "s")}");
        return inputs.Problems.Count > 0 || unreadable > 0 ? CannotRun : findings > 0 ? FoundProblems : Clean;
    }
}
