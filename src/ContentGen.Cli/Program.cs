using ContentGen.Cli;
using ContentGen.Cli.Lsp;

// `contentgen lsp`: the language server owns standard input and output (docs/editors.md).
if (args is ["lsp", ..])
{
    return LanguageServer.RunOnStandardStreams(Console.Error);
}

// Findings can run to thousands of lines: write them through one buffer, not a system call per line.
using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
return LintCommand.Run(args, output, Console.Error);
