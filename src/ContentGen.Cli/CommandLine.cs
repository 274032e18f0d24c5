namespace ContentGen.Cli;

/// <summary>What the command line asked for.</summary>
public sealed record CommandLine(IReadOnlyList<string> Paths, string? Glossary, bool CrossArticle, int Threads, bool Help, string Format = "text", bool Fix = false, bool DryRun = false)
{
    public static bool TryParse(string[] args, out CommandLine options, out string problem)
    {
        var paths = new List<string>();
        string? glossary = null;
        var cross = true;
        var help = false;
        var threads = Environment.ProcessorCount;
        var format = "text";
        bool fix = false, dryRun = false;
        problem = string.Empty;
        options = new CommandLine(paths, null, true, threads, false);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help" or "-?":
                    help = true;
                    break;
                case "--fix":
                    fix = true;
                    break;
                case "--dry-run":
                    dryRun = true;
                    break;
                case "--no-cross":
                    cross = false;
                    break;
                case "--glossary":
                    if (i + 1 >= args.Length)
                    {
                        problem = "--glossary needs a file";
                        return false;
                    }

                    glossary = args[++i];
                    break;
                case "--threads":
                    if (i + 1 >= args.Length || !int.TryParse(args[i + 1], out threads) || threads < 1)
                    {
                        problem = "--threads needs a number of 1 or more";
                        return false;
                    }

                    i++;
                    break;
                case "--format":
                    if (i + 1 >= args.Length || !ReportWriter.Formats.Contains(args[i + 1]))
                    {
                        problem = $"--format needs one of: {string.Join(", ", ReportWriter.Formats)}";
                        return false;
                    }

                    format = args[++i];
                    break;
                case "--":
                    paths.AddRange(args.Skip(i + 1));
                    i = args.Length;
                    break;
                default:
                    if (args[i].StartsWith('-') && args[i].Length > 1)
                    {
                        problem = $"unknown option '{args[i]}'";
                        return false;
                    }

                    paths.Add(args[i]);
                    break;
            }
        }

        if (paths.Count == 0 && !help)
        {
            problem = "no article file or folder given";
            return false;
        }

        if (dryRun && !fix)
        {
            problem = "--dry-run goes with --fix (contentgen --fix --dry-run <path>...)";
            return false;
        }

        options = new CommandLine(paths, glossary, cross, threads, help, format, fix, dryRun);
        return true;
    }
}
