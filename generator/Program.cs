namespace CaseLibrary;

internal static class Program
{
    private static int Main(string[] args) => Cli.CommandLine.Run(args, Console.Out, Console.Error, displayRoot: null, showProgress: Cli.ProgressLine.Wanted);
}
