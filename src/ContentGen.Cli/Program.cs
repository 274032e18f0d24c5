using ContentGen.Cli;

return LintCommand.Run(args, Console.Out, Console.Error);
