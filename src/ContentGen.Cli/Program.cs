using ContentGen.Cli;
// Findings can run to thousands of lines: write them through one buffer, not a system call per line.
using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
var exitCode = CommandLine.Run(args, output, Console.Error);
output.Flush();
return exitCode;
