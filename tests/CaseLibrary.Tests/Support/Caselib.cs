using CaseLibrary.Cli;

namespace CaseLibrary.Tests.Support;

/// <summary>Runs the command line in-process, as a user would, with file names shown relative to <see cref="RepoPaths.Root"/> (or a given root).</summary>
public static class Caselib
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr)
    {
        public IReadOnlyList<string> DiagnosticLines =>
            Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(": error ") || l.Contains(": warning ")).ToList();
    }

    /// <summary>A plain environment: the real current folder and PATH, no CI, no GitHub Actions, no home, no configured Chromium.</summary>
    public static CommandEnvironment Plain => new(Directory.GetCurrentDirectory(), SearchPath: TestPrograms.SearchPath);

    public static Outcome Run(string? displayRoot, params string[] args) => RunIn(Plain, displayRoot, args);

    public static Outcome RunIn(CommandEnvironment environment, string? displayRoot, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = CommandLine.Run(args, stdout, stderr, environment, displayRoot ?? RepoPaths.Root);
        return new Outcome(code, stdout.ToString(), stderr.ToString());
    }

    public static Outcome Build(string source, string output, params string[] extra) =>
        Run(null, ["build", "--source", source, "--theme", RepoPaths.Theme, "--out", output, .. extra]);

    public static Outcome Check(string source, string? displayRoot = null, params string[] extra) =>
        Run(displayRoot, ["check", "--source", source, "--theme", RepoPaths.Theme, .. extra]);
}
