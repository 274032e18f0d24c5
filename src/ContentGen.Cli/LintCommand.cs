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

    /// <summary>Checks what <paramref name="options"/> name and writes the report; returns the exit code.</summary>
    public static int Run(LintOptions options, TextWriter output, TextWriter errors)
    {
        // What a build reads besides the articles: its .globalconfig severities and the glossary beside the project.
        var severities = GlobalConfig.Load(options.Paths, options.GlobalConfigs);
        foreach (var problem in severities.Problems.Concat(severities.Warnings))
        {
            errors.WriteLine($"contentgen: {problem}");
        }

        var inputs = ArticleInputs.Find(options.Paths, options.Glossary);
        if (inputs.Glossary is null && options.Glossary is null && ProjectFiles.GlossaryAbove(options.Paths) is { } projectGlossary)
        {
            inputs = inputs with { Glossary = InputFile.For(projectGlossary) };
        }

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

        var report = new Report(articles.Select(a => (a.File, a.Text.Lines, a.Text.Text)), severities, options.WarningsAsErrors);
        var glossary = Glossary.Empty;
        var unreadable = parsed.Length - articles.Count;
        var glossaryText = inputs.Glossary?.TryRead(errors);
        unreadable += inputs.Glossary is not null && glossaryText is null ? 1 : 0;
        if (inputs.Glossary is { } glossaryFile && glossaryText is not null)
        {
            glossary = GlossaryParser.Parse(glossaryFile.Key, glossaryText);
        }

        // The corpus needs every article before any cross-article check can run. The checks run in parallel; the
        // findings are reported per file in path order (the inputs are sorted), each file's in text order.
        var checker = options.CrossArticle ? new ContentChecker(articles.Select(a => a.Text), glossary) : null;
        if (inputs.Glossary is { } glossaryInput && glossaryText is not null)
        {
            // With the corpus, acceptances that accept nothing too (CG0005).
            report.Add(glossaryInput, new LineMap(glossaryText), checker?.CheckGlossary() ?? ContentChecker.CheckGlossary(glossary), glossaryText);
        }

        var found = new List<Finding>[articles.Count];
        Parallel.For(0, articles.Count, parallel, i =>
        {
            var (_, text, failure) = articles[i];
            found[i] = failure is not null ? new List<Finding> { failure } : checker?.Check(text) ?? ContentChecker.CheckAlone(text, glossary);
        });

        if (options.Fix)
        {
            return FixCommand.Run(articles.Select((a, i) => new FixCommand.CheckedFile(a.File, a.Text.Text, found[i])).ToList(), options.DryRun, output, errors);
        }

        for (var i = 0; i < articles.Count; i++)
        {
            report.Add(articles[i].File, articles[i].Text.Lines, found[i].OrderBy(f => f.Range.Start));
        }

        if (checker is not null)
        {
            report.AddStories(checker.Stories);
        }

        if (!ReportWriter.TryWrite(report, options.Format, options.OutputFile, output, errors))
        {
            return CannotRun;
        }

        var findings = report.FindingCount;
        errors.WriteLine($"contentgen: {findings} finding{(findings == 1 ? "" : "s")} in {articles.Count} article{(articles.Count == 1 ? "" : "s")}");
        return inputs.Problems.Count > 0 || unreadable > 0 || severities.Problems.Count > 0 ? CannotRun : findings > 0 ? FoundProblems : Clean;
    }
}
