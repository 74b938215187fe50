namespace CaseLibrary.Cli;

/// <summary>Entry point of the command line; the only place that touches the console.</summary>
public static class CommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("not implemented yet");
        return 2;
    }
}
