using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using CaseLibrary.Loading;
using CaseLibrary.Search;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// What the differential tests share: the repository paths, the pinned lunr packages (installed
/// with <c>npm ci</c> when theme/node_modules is missing), one pipeline per language, and a way
/// to run the Node reference scripts in tests/lunr-reference.
/// </summary>
public sealed class LunrTestEnvironment
{
    private static readonly Lazy<LunrTestEnvironment> Shared = new(() => new LunrTestEnvironment());

    private readonly ConcurrentDictionary<string, Lazy<LanguagePipeline>> pipelines = new();

    private LunrTestEnvironment()
    {
        RepoRoot = FindRepoRoot();
        ThemeDirectory = Path.Combine(RepoRoot, "theme");
        ReferenceDirectory = Path.Combine(RepoRoot, "tests", "lunr-reference");
        if (!Directory.Exists(Path.Combine(ThemeDirectory, "node_modules", "lunr-languages")))
        {
            Run("npm", ["ci", "--no-audit", "--no-fund"], ThemeDirectory, stdin: null);
        }
        Scripts = LunrScriptsLoader.Load(ThemeDirectory, LanguagePipeline.SupportedLanguages);
    }

    public static LunrTestEnvironment Instance => Shared.Value;

    public static IEnumerable<object[]> Languages => LanguagePipeline.SupportedLanguages.Select(language => new object[] { language });

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public string RepoRoot { get; }

    public string ThemeDirectory { get; }

    public string ReferenceDirectory { get; }

    public LunrScripts Scripts { get; }

    public LanguagePipeline Pipeline(string language) =>
        pipelines.GetOrAdd(language, code => new Lazy<LanguagePipeline>(() => LanguagePipeline.Create(code, Scripts))).Value;

    /// <summary>Runs tests/lunr-reference/<paramref name="script"/> with <paramref name="stdin"/>; returns stdout.</summary>
    public string RunReference(string script, string stdin) =>
        Run("node", [Path.Combine(ReferenceDirectory, script)], ReferenceDirectory, stdin);

    private static string Run(string fileName, string[] arguments, string workingDirectory, string? stdin)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = stdin is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        if (stdin is not null) start.StandardInputEncoding = new UTF8Encoding(false);
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start " + fileName);
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{error.Result}");
        }
        return output.Result;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseLibrary.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("CaseLibrary.sln not found above " + AppContext.BaseDirectory);
    }
}
