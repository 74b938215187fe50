using System.Diagnostics;
using CaseLibrary.Build;
using CaseLibrary.Loading;
using CaseLibrary.Search;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// A pull request can commit an executable <c>node</c> or <c>npm</c> anywhere in the repository. The build starts Node
/// (search) and npm (install) only by an absolute path found in a trusted absolute folder of PATH: never by a bare
/// name (Process.Start would look in the current folder first), never through an empty, relative or "." entry, never
/// from a folder inside the sources, the theme or the repository.
/// </summary>
public sealed class ProgramLookupTests
{
    /// <summary>A library in a git repository (temp/.git) whose current folder, relative PATH entries and tools folder hold hostile node and npm.</summary>
    private sealed class HostileRepository : IDisposable
    {
        public TempFolder Temp { get; } = new();

        public HostileRepository(bool packages = true)
        {
            Directory.CreateDirectory(Temp[".git"]);
            Cases = MiniLibrary.Write(Temp, ("a-case/en.md", MiniLibrary.Case()), ("a-case/it.md", MiniLibrary.Case("Un caso")));
            Theme = ThemeCopy.Write(Temp, packages);
            foreach (var folder in new[] { "", "rel", "tools", "theme/tools" })
                foreach (var program in new[] { "node", "npm" })
                    TestPrograms.Script(Path.Combine(Temp.Path, folder, program), $"echo {folder}/{program} >> '{Marker}'\nexit 1\n");
        }

        public string Cases { get; }

        public string Theme { get; }

        public string Marker => Temp["PWNED"];

        /// <summary>Every way PATH can point at the hostile files, then <paramref name="trusted"/>.</summary>
        public string SearchPath(params string[] trusted) =>
            string.Join(Path.PathSeparator, ["", ".", "rel", "./rel", Temp["tools"], Temp["cases"], Temp["theme/tools"], Temp["tools"] + "/../tools", .. trusted]);

        public void Dispose() => Temp.Dispose();
    }

    private static string NodeFolder => Path.GetDirectoryName(TestPrograms.Node)!;

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("rel")]
    [InlineData("./rel")]
    [InlineData("../rel")]
    [InlineData("{repo}/tools")]
    [InlineData("{repo}/cases")]
    [InlineData("{repo}/theme/tools")]
    [InlineData("{repo}/theme")]
    [InlineData("{link}")]
    public void A_path_entry_that_is_empty_relative_or_inside_the_repository_is_never_searched(string entry)
    {
        using var repository = new HostileRepository();
        var outside = repository.Temp.Path + "-link";
        Directory.CreateSymbolicLink(outside, repository.Temp["tools"]); // an absolute folder outside, leading into the repository
        try
        {
            var folder = entry.Replace("{repo}", repository.Temp.Path).Replace("{link}", outside);
            var locator = new ProgramLocator(folder, ProgramLocator.Untrusted(repository.Cases, repository.Theme, repository.Temp.Path));

            Assert.Null(locator.Find("node"));
            Assert.Null(locator.Find("npm"));
            Assert.Empty(locator.Folders);
        }
        finally
        {
            Directory.Delete(outside);
        }
    }

    [Fact]
    public void A_trusted_absolute_folder_is_searched_in_path_order_and_a_file_that_is_not_executable_is_passed_over()
    {
        using var temp = new TempFolder();
        temp.Write("first/node", "not executable");
        var second = TestPrograms.Script(temp["second/node"], "exit 0\n");
        TestPrograms.Script(temp["third/node"], "exit 0\n");

        var locator = new ProgramLocator(string.Join(Path.PathSeparator, temp["first"], temp["second"] + "/", temp["third"]), []);

        Assert.Equal(second, locator.Find("node"));
        Assert.Null(locator.Find("npm"));
        Assert.Equal([temp["first"], temp["second"], temp["third"]], locator.Folders);
    }

    [Fact]
    public void Build_and_serve_never_run_a_node_or_npm_from_the_repository_and_still_run_the_real_node()
    {
        using var repository = new HostileRepository();
        var environment = Caselib.Plain with { CurrentDirectory = repository.Temp.Path, SearchPath = repository.SearchPath(NodeFolder) };

        var built = Caselib.RunIn(environment, repository.Temp.Path, "build", "--source", repository.Cases, "--theme", repository.Theme, "--out", repository.Temp["public"]);
        var served = new BuildPipeline().Run(new BuildOptions(repository.Cases, repository.Theme, "", DisplayRoot: repository.Temp.Path) { SearchPath = environment.SearchPath }, BuildPlan.Serve);

        Assert.True(built.ExitCode == 0, built.Stderr);
        Assert.DoesNotContain(built.DiagnosticLines, l => l.Contains("CL0312")); // the real Node built the Italian index
        Assert.True(File.Exists(repository.Temp["public/it/search/split/index.json"]));
        Assert.True(served.Succeeded, string.Join("\n", served.Diagnostics));
        Assert.DoesNotContain(served.Diagnostics, d => d.Code == "CL0312");
        Assert.False(File.Exists(repository.Marker), File.Exists(repository.Marker) ? File.ReadAllText(repository.Marker) : "");
    }

    [Fact]
    public void Without_a_trusted_node_the_build_falls_back_to_jint_and_runs_none_of_the_repository()
    {
        using var repository = new HostileRepository();
        var environment = Caselib.Plain with { CurrentDirectory = repository.Temp.Path, SearchPath = repository.SearchPath() };

        var built = Caselib.RunIn(environment, repository.Temp.Path, "build", "--source", repository.Cases, "--theme", repository.Theme, "--out", repository.Temp["public"]);

        Assert.True(built.ExitCode == 0, built.Stderr);
        Assert.Contains(built.DiagnosticLines, l => l.Contains("warning CL0312: 'node' was not found on PATH"));
        Assert.False(File.Exists(repository.Marker), File.Exists(repository.Marker) ? File.ReadAllText(repository.Marker) : "");
    }

    [Fact]
    public void Without_a_trusted_npm_a_missing_node_modules_is_reported_and_no_npm_of_the_repository_runs()
    {
        using var repository = new HostileRepository(packages: false);
        var environment = Caselib.Plain with { CurrentDirectory = repository.Temp.Path, SearchPath = repository.SearchPath() };

        var built = Caselib.RunIn(environment, repository.Temp.Path, "build", "--source", repository.Cases, "--theme", repository.Theme, "--out", repository.Temp["public"]);

        Assert.True(built.ExitCode == 1, built.Stderr);
        Assert.Contains(built.DiagnosticLines, l => l.StartsWith("theme/package.json(1,1): error CL0310: npm is not installed"));
        Assert.False(File.Exists(repository.Marker), File.Exists(repository.Marker) ? File.ReadAllText(repository.Marker) : "");
        Assert.False(Directory.Exists(repository.Temp["public"]));
    }

    /// <summary>The red team's reproduction: the real command line, started in the repository with a relative PATH entry.</summary>
    [Fact]
    public void The_command_line_started_in_a_repository_with_a_node_at_its_root_does_not_run_it()
    {
        if (OperatingSystem.IsWindows()) return;
        using var repository = new HostileRepository();
        var caselib = Path.Combine(AppContext.BaseDirectory, "caselib.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repository.Temp.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { caselib, "build", "--source", "cases", "--theme", "theme", "--out", "public" })
            start.ArgumentList.Add(arg);
        start.Environment["PATH"] = repository.SearchPath(TestPrograms.SearchPath!.Split(Path.PathSeparator));

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "build did not finish in 3 minutes");

        Assert.True(process.ExitCode == 0, stderr.Result);
        Assert.False(File.Exists(repository.Marker), File.Exists(repository.Marker) ? File.ReadAllText(repository.Marker) : "");
        Assert.True(File.Exists(repository.Temp["public/it/search/split/index.json"]));
    }

    [Fact]
    public void The_generator_refuses_to_start_a_program_by_bare_or_relative_name()
    {
        using var temp = new TempFolder();
        Assert.Throws<ArgumentException>(() => new ProcessRunner("/usr/bin").Run("npm", ["--version"], temp.Path, TimeSpan.FromSeconds(5)));
        Assert.Throws<ArgumentException>(() => new ProcessRunner("/usr/bin").Run("./npm", ["--version"], temp.Path, TimeSpan.FromSeconds(5)));
        Assert.Throws<ArgumentException>(() => NodeScriptHost.TryStart(LunrScripts.StandIn(["it"]), "node"));
        Assert.Null(BrowserLocator.Find("chromium"));
        Assert.Null(BrowserLocator.Find("./chromium"));
    }
}
