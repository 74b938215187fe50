using CaseLibrary.Cli;

namespace CaseLibrary;

internal static class Program
{
    /// <summary>Where <c>dotnet pack</c> puts the pinned search scripts beside caselib.dll (generator/CarriedPackages.targets).</summary>
    private const string CarriedFolder = "search-packages";

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
            SearchPath: Variable("PATH"),
            Invocation: Invocation(Directory.GetCurrentDirectory()),
            CarriedPackages: Directory.Exists(Path.Combine(AppContext.BaseDirectory, CarriedFolder)) ? Path.Combine(AppContext.BaseDirectory, CarriedFolder) : null);
        return CommandLine.Run(args, Console.Out, Console.Error, environment);
    }

    /// <summary>
    /// How the reader started this program, for messages that name a command: built from a clone (the program lies
    /// below generator/bin/, beside CaseLibrary.Generator.csproj) it is <c>dotnet run --project generator --</c>,
    /// with the project's path as seen from the current folder; installed as a dotnet tool it is <c>caselib</c>.
    /// </summary>
    private static string Invocation(string currentDirectory)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        for (var depth = 0; folder is not null && depth < 5; depth++, folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "CaseLibrary.Generator.csproj")))
            {
                var project = Path.GetRelativePath(currentDirectory, folder.FullName).Replace(Path.DirectorySeparatorChar, '/');
                return $"dotnet run --project {(project.Contains(' ') ? $"\"{project}\"" : project)} --";
            }
        return "caselib";
    }
}
