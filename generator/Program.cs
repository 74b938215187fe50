using CaseLibrary.Cli;

namespace CaseLibrary;

internal static class Program
{
    /// <summary>The only place that reads the process environment; everything below gets it as <see cref="CommandEnvironment"/>.</summary>
    private static int Main(string[] args)
    {
        static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
        var environment = new CommandEnvironment(
            Directory.GetCurrentDirectory(),
            Home: Variable("HOME") ?? (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } profile ? profile : null),
            GitHubActions: Variable("GITHUB_ACTIONS") == "true",
            Ci: Variable("CI") is { } ci && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0",
            Chromium: Variable("CASELIB_CHROMIUM"),
            StderrIsTerminal: !Console.IsErrorRedirected && Variable("TERM") != "dumb",
            SearchPath: Variable("PATH"));
        return CommandLine.Run(args, Console.Out, Console.Error, environment);
    }
}
