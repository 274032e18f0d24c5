using System.CommandLine;
using System.CommandLine.Parsing;
using ContentGen.Cli.Lsp;

namespace ContentGen.Cli;

/// <summary>What <c>contentgen [options] &lt;path&gt;...</c> asked for, once the command line has been read.</summary>
/// <param name="Paths">Files, folders and globs, globs already expanded.</param>
/// <param name="GlobalConfigs">.globalconfig files named with --globalconfig (the ones beside the inputs are found later).</param>
public sealed record LintOptions(
    IReadOnlyList<string> Paths,
    string? Glossary,
    bool CrossArticle,
    int Threads,
    string Format,
    string? OutputFile,
    IReadOnlyList<string> GlobalConfigs,
    bool WarningsAsErrors,
    bool Fix = false,
    bool DryRun = false);

/// <summary>
/// The command tree, built on System.CommandLine: the root command checks articles; subcommands (such as
/// <c>contentgen lsp</c>) are added in <see cref="Build"/>. Errors are written as <c>contentgen: ...</c> with a
/// suggestion for a mistyped option, and exit with <see cref="LintCommand.CannotRun"/>.
/// </summary>
public sealed class CommandLine
{
    private readonly Argument<string[]> PathsArgument = new("path")
    {
        Description = "an article file, a folder searched for *.txt (and a ContentGen.glossary), or a glob such as 'Articles/**/*.txt'",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string?> GlossaryOption = new("--glossary")
    {
        Description = "the glossary to check names and facts against (default: a ContentGen.glossary in the folders given, else beside the project file above them)",
        HelpName = "file",
    };

    private readonly Option<bool> NoCrossOption = new("--no-cross")
    {
        Description = "only the single-article checks (no comparison across articles)",
    };

    private readonly Option<int> ThreadsOption = new("--threads")
    {
        Description = "how many files to check at once (default: one per processor)",
        HelpName = "n",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private readonly Option<string> FormatOption = new("--format", "-f")
    {
        Description = "text (default): compiler lines with help links; json; sarif (SARIF 2.1.0); github (workflow commands); html (one page, articles side by side)",
        HelpName = "format",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<string?> OutputOption = new("--output", "-o")
    {
        Description = "write the report to this file instead of standard output",
        HelpName = "file",
    };

    private readonly Option<string[]> GlobalConfigOption = new("--globalconfig")
    {
        Description = "a global analyzer config to read severities from, as a build's GlobalAnalyzerConfigFiles (the .globalconfig files in the folders given and above them are read anyway)",
        HelpName = "file",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool> FixOption = new("--fix")
    {
        Description = "apply the fixes the findings offer to the files and print each fix (docs/fixes.md)",
    };

    private readonly Option<bool> DryRunOption = new("--dry-run")
    {
        Description = "with --fix: print the fixes as a unified diff and write nothing",
    };

    private readonly Option<bool> WarnAsErrorOption = new("--warnaserror")
    {
        Description = "report every warning as an error, as a build with -warnaserror does",
    };

    /// <summary>What each option needs, said when its value is missing or wrong (one message whatever the parser found).</summary>
    private readonly Dictionary<Option, string> _needs;

    private CommandLine()
    {
        _needs = new()
    {
            [GlossaryOption] = "--glossary needs a file",
            [ThreadsOption] = "--threads needs a number of 1 or more",
            [FormatOption] = $"--format needs one of: {string.Join(", ", ReportWriter.Formats)}",
            [OutputOption] = "--output needs a file",
            [GlobalConfigOption] = "--globalconfig needs a file",
        };
    }

    /// <summary>Reads the command line and runs what it asks for; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        var commandLine = new CommandLine();
        var root = commandLine.Build(output, errors);
        var parsed = root.Parse(args);
        var problems = commandLine.Problems(parsed, root).ToList();
        if (parsed.Action is System.CommandLine.Invocation.ParseErrorAction || (parsed.Action == root.Action && problems.Count > 0))
        {
            foreach (var problem in problems)
            {
                errors.WriteLine($"contentgen: {problem}");
            }

            errors.WriteLine("Run 'contentgen --help' for usage.");
            return LintCommand.CannotRun;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = errors });
    }

    /// <summary>The root command and its subcommands. A subcommand is one more <c>root.Subcommands.Add(...)</c> here.</summary>
    private RootCommand Build(TextWriter output, TextWriter errors)
    {
        var root = new RootCommand("Checks article text files as ContentGen's analyzers do, without a build. Exit code: 0 nothing found, 1 findings, 2 a path or option could not be used.")
        {
            PathsArgument, GlossaryOption, NoCrossOption, ThreadsOption, FormatOption, OutputOption, GlobalConfigOption, WarnAsErrorOption,
            FixOption, DryRunOption,
        };

        // Subcommands go here. A word naming one is the subcommand, not a path (`./lsp` is the folder).
        var lsp = new Command("lsp", "a Language Server Protocol server over standard input and output, for writers' editors (docs/editors.md)");
        lsp.SetAction(_ => LanguageServer.RunOnStandardStreams(errors));
        root.Subcommands.Add(lsp);

        ThreadsOption.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && (!int.TryParse(result.Tokens[^1].Value, out var n) || n < 1))
            {
                result.AddError(_needs[ThreadsOption]);
            }
        });
        FormatOption.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !ReportWriter.Formats.Contains(result.Tokens[^1].Value))
            {
                var given = result.Tokens[^1].Value;
                var near = Suggestions.Nearest(given, ReportWriter.Formats);
                result.AddError(_needs[FormatOption] + (near is null ? string.Empty : $" (did you mean '{near}'?)"));
            }
        });

        root.SetAction(parsed =>
        {
            if (ReadOptions(parsed, errors) is not { } options)
            {
                return LintCommand.CannotRun;
            }

            return LintCommand.Run(options, output, errors);
        });
        return root;
    }

    /// <summary>The options of a parsed command line, globs expanded; null (with the reason written) when there is nothing to check.</summary>
    private LintOptions? ReadOptions(ParseResult parsed, TextWriter errors)
    {
        var arguments = parsed.GetValue(PathsArgument) ?? [];
        if (parsed.GetValue(DryRunOption) && !parsed.GetValue(FixOption))
        {
            errors.WriteLine("contentgen: --dry-run goes with --fix (contentgen --fix --dry-run <path>...)");
            return null;
        }

        if (arguments.Length == 0)
        {
            errors.WriteLine("contentgen: no article file or folder given");
            errors.WriteLine("Run 'contentgen --help' for usage.");
            return null;
        }

        var paths = new List<string>();
        foreach (var argument in arguments)
        {
            if (!Glob.IsGlob(argument) || File.Exists(argument) || Directory.Exists(argument))
            {
                paths.Add(argument);
                continue;
            }

            var matches = Glob.Expand(argument);
            if (matches.Count == 0)
            {
                // Named like a missing path, so it is reported (and the exit code set) with the other inputs.
                paths.Add(argument);
            }

            paths.AddRange(matches);
        }

        return new LintOptions(
            paths,
            parsed.GetValue(GlossaryOption),
            !parsed.GetValue(NoCrossOption),
            parsed.GetValue(ThreadsOption),
            parsed.GetValue(FormatOption) ?? "text",
            parsed.GetValue(OutputOption),
            parsed.GetValue(GlobalConfigOption) ?? [],
            parsed.GetValue(WarnAsErrorOption),
            parsed.GetValue(FixOption),
            parsed.GetValue(DryRunOption));
    }

    /// <summary>The parse errors in our words: one line per problem, an unknown option with the nearest known one.</summary>
    private IEnumerable<string> Problems(ParseResult parsed, RootCommand root)
    {
        var said = new HashSet<string>(StringComparer.Ordinal);
        var known = root.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith('-')).Distinct().ToList();
        // A word that looks like an option but is none reaches the paths argument (any number of paths): before a
        // "--" it is an unknown option, as in the shell's tools; after it, a path.
        var beforeDoubleDash = parsed.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash).Where(t => t.Type == TokenType.Argument).Select(t => t.Value);
        var looksLikeOptions = beforeDoubleDash.Where(v => v.StartsWith('-') && v.Length > 1 && parsed.GetResult(PathsArgument)?.Tokens.Any(t => t.Value == v) == true);
        foreach (var token in parsed.UnmatchedTokens.Concat(looksLikeOptions))
        {
            if (token.StartsWith('-') && token.Length > 1)
            {
                var name = token.Split('=', ':')[0];
                var near = Suggestions.Nearest(name, known);
                var problem = $"unknown option '{token}'" + (near is null ? string.Empty : $"; did you mean '{near}'?");
                if (said.Add(problem))
                {
                    yield return problem;
                }
            }
        }

        foreach (var error in parsed.Errors)
        {
            string problem;
            if (error.SymbolResult is OptionResult { Option: var option } && _needs.TryGetValue(option, out var need))
            {
                // The validators' own messages say more (a suggestion); the parser's arity errors get the option's need.
                problem = error.Message.StartsWith(need, StringComparison.Ordinal) ? error.Message : need;
            }
            else if (error.SymbolResult is ArgumentResult { Parent: OptionResult { Option: var owner } } && _needs.TryGetValue(owner, out var ownerNeed))
            {
                problem = ownerNeed;
            }
            else if (parsed.UnmatchedTokens.Any(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal)))
            {
                continue; // said above, with a suggestion
            }
            else
            {
                problem = error.Message;
            }

            if (said.Add(problem))
            {
                yield return problem;
            }
        }
    }
}
