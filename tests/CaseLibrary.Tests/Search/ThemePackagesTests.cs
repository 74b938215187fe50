using System.Diagnostics;
using CaseLibrary.Build;
using CaseLibrary.Loading;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// F7: <c>check</c> installs, reads and runs nothing from the theme's packages; <c>build</c> installs them with
/// scripts disabled under a time limit and accepts only files whose SHA-256 is pinned in the generator.
/// </summary>
public sealed class ThemePackagesTests
{
    private const string Preinstall = """
        {
          "name": "caselibrary-theme",
          "version": "0.1.0",
          "private": true,
          "scripts": { "preinstall": "echo ran > PWNED", "install": "echo ran > PWNED", "postinstall": "echo ran > PWNED", "prepare": "echo ran > PWNED" },
          "dependencies": { "lunr": "2.3.9", "lunr-languages": "1.22.0" }
        }
        """;

    /// <summary>Records every call; "installs" by copying the pinned files when asked to, like a successful npm ci.</summary>
    private sealed class RecordingRunner(bool install = true, ProcessOutcome? outcome = null) : IProcessRunner
    {
        public List<(string Program, IReadOnlyList<string> Arguments, string Folder, TimeSpan Timeout)> Calls { get; } = [];

        public ProcessOutcome Run(string program, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
        {
            Calls.Add((program, arguments, workingDirectory, timeout));
            if (install) ThemeCopy.CopyPackages(RepoPaths.Theme, workingDirectory);
            return outcome ?? new ProcessOutcome(0, "");
        }
    }

    /// <summary>A PATH whose only folder holds an executable npm that the recording runner is handed but never starts.</summary>
    private static string StandInNpm(TempFolder temp)
    {
        TestPrograms.Script(temp["bin/npm"], "exit 99\n");
        return temp["bin"];
    }

    private sealed class ForbiddenRunner : IProcessRunner
    {
        public ProcessOutcome Run(string program, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout) =>
            throw new InvalidOperationException($"check started {program}");
    }

    [Fact]
    public void Check_needs_no_packages_starts_nothing_writes_nothing_and_still_checks_the_search_pages()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp, packages: false);
        File.WriteAllText(Path.Combine(theme, "package.json"), Preinstall);
        var before = ThemeCopy.Snapshot(temp.Path);

        var result = new BuildPipeline(runner: new ForbiddenRunner()).Run(new BuildOptions(cases, theme, temp["public"], DisplayRoot: temp.Path), BuildPlan.Check);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(before, ThemeCopy.Snapshot(temp.Path));
        Assert.Contains("en/search/index.html", result.Paths);
        Assert.Contains("it/search/index.html", result.Paths);
        Assert.Empty(result.Files); // checked as they streamed past, then dropped
        Assert.DoesNotContain(result.Timings, t => t.Stage is "packages" or "search" or "open output" or "write");
    }

    [Fact]
    public void Check_from_the_command_line_reports_a_broken_link_on_the_search_page_without_packages()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp, packages: false);
        var search = Path.Combine(theme, "layouts", "search.html");
        File.AppendAllText(search, "\n<a href=\"/no-such-page/\">x</a>\n");

        var outcome = Caselib.Run(temp.Path, "check", "--source", cases, "--theme", theme);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(outcome.DiagnosticLines, l => l.StartsWith("theme/layouts/search.html(") && l.Contains("error CL0601: broken link '/no-such-page/'"));
        Assert.False(Directory.Exists(Path.Combine(theme, "node_modules")));
    }

    [Fact]
    public void Build_installs_missing_packages_with_scripts_disabled_and_a_time_limit_then_verifies_them()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp, packages: false);
        File.WriteAllText(Path.Combine(theme, "package.json"), Preinstall);
        var runner = new RecordingRunner();

        var result = new BuildPipeline(runner: runner).Run(new BuildOptions(cases, theme, temp["public"], DisplayRoot: temp.Path) { SearchPath = StandInNpm(temp) }, BuildPlan.Build);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var call = Assert.Single(runner.Calls);
        Assert.Equal(temp["bin/npm"], call.Program);
        Assert.Equal(["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], call.Arguments);
        Assert.Equal(Path.GetFullPath(theme), call.Folder);
        Assert.True(call.Timeout > TimeSpan.Zero && call.Timeout <= TimeSpan.FromMinutes(10));
        Assert.True(File.Exists(temp["public/en/search/split/index.json"]));
    }

    [Theory]
    [InlineData("lunr/lunr.js")]
    [InlineData("lunr-languages/lunr.stemmer.support.js")]
    [InlineData("lunr-languages/lunr.it.js")]
    public void A_changed_package_file_is_refused_and_never_run_or_published(string file)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp);
        File.AppendAllText(Path.Combine(theme, "node_modules", file), "\nrequire('fs').writeFileSync('PWNED', 'ran');\n");
        var runner = new RecordingRunner();

        var outcome = new BuildPipeline(runner: runner).Run(new BuildOptions(cases, theme, temp["public"], DisplayRoot: temp.Path) { SearchPath = StandInNpm(temp) }, BuildPlan.Build);

        Assert.False(outcome.Succeeded);
        Assert.Equal($"theme/node_modules/{file}(1,1): error CL0320: this file is not the one of lunr 2.3.9 / lunr-languages 1.22.0 that the build pins (it was changed, or another version is installed): delete theme/node_modules and build again (the build installs the pinned packages)",
            Assert.Single(outcome.Diagnostics).ToString());
        Assert.Empty(runner.Calls);
        Assert.False(Directory.Exists(temp["public"]));
        Assert.False(File.Exists(temp["PWNED"]) || File.Exists(Path.Combine(theme, "PWNED")));
    }

    [Theory]
    [InlineData("node_modules")]
    [InlineData("node_modules/lunr")]
    [InlineData("node_modules/lunr/lunr.js")]
    public void A_linked_node_modules_or_package_is_refused(string link)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp);
        var elsewhere = temp["elsewhere"];
        ThemeCopy.CopyPackages(RepoPaths.Theme, elsewhere); // the right files, but behind a link
        var path = Path.Combine(theme, link);
        var target = Path.Combine(elsewhere, link);
        if (Directory.Exists(path)) { Directory.Delete(path, recursive: true); Directory.CreateSymbolicLink(path, target); }
        else { File.Delete(path); File.CreateSymbolicLink(path, target); }
        var runner = new RecordingRunner();

        var outcome = Caselib.Run(temp.Path, "build", "--source", cases, "--theme", theme, "--out", temp["public"]);
        var result = new BuildPipeline(runner: runner).Run(new BuildOptions(cases, theme, temp["public"], DisplayRoot: temp.Path) { SearchPath = StandInNpm(temp) }, BuildPlan.Build);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"theme/{link}(1,1): error CL0203: this is a symbolic link", outcome.Stderr);
        Assert.False(result.Succeeded);
        Assert.Empty(runner.Calls);
        Assert.False(Directory.Exists(temp["public"]));
    }

    [Theory]
    [InlineData("package.json", "\"lunr\": \"2.3.9\"", "\"lunr\": \"file:../../..\"")]
    [InlineData("package.json", "\"lunr-languages\": \"1.22.0\"", "\"lunr-languages\": \"1.22.0\", \"left-pad\": \"1.3.0\"")]
    [InlineData("package.json", "\"dependencies\"", "\"devDependencies\": {\"x\": \"1.0.0\"}, \"dependencies\"")]
    [InlineData("package-lock.json", "sha512-zTU3", "sha512-AAAA")]
    [InlineData("package-lock.json", "\"node_modules/lunr\": {", "\"node_modules/evil\": {\"version\": \"1.0.0\"}, \"node_modules/lunr\": {")]
    [InlineData("package-lock.json", "\"version\": \"2.3.9\",", "\"version\": \"2.3.9\", \"resolved\": \"git+file:///tmp/evil-lunr\",")]
    [InlineData("package-lock.json", "\"version\": \"2.3.9\",", "\"version\": \"2.3.9\", \"resolved\": \"git+https://github.com/evil/lunr.git#0123456789abcdef\",")]
    [InlineData("package-lock.json", "\"version\": \"2.3.9\",", "\"version\": \"2.3.9\", \"resolved\": \"git+ssh://git@github.com/evil/lunr.git\",")]
    [InlineData("package-lock.json", "\"version\": \"2.3.9\",", "\"version\": \"2.3.9\", \"resolved\": \"file:../evil-lunr\",")]
    [InlineData("package-lock.json", "\"version\": \"2.3.9\",", "\"version\": \"2.3.9\", \"resolved\": \"http://registry.npmjs.org/lunr/-/lunr-2.3.9.tgz\",")]
    [InlineData("package-lock.json", "\"version\": \"2.3.9\",", "\"version\": \"2.3.9\", \"resolved\": \"https://registry.evil.example/lunr/-/lunr-2.3.9.tgz\",")]
    [InlineData("package-lock.json", "\"version\": \"2.3.9\",", "\"version\": \"2.3.9\", \"resolved\": \"https://registry.npmjs.org.evil.example/lunr/-/lunr-2.3.9.tgz\",")]
    [InlineData("package-lock.json", "\"version\": \"2.3.9\",", "\"version\": \"2.3.9\", \"resolved\": \"https://registry.npmjs.org/lunr/-/lunr-2.3.8.tgz\",")]
    [InlineData("package-lock.json", "\"version\": \"2.3.9\",", "\"version\": \"2.3.9\", \"resolved\": \"https://registry.npmjs.org/evil/-/evil-2.3.9.tgz\",")]
    [InlineData("package-lock.json", "\"version\": \"1.22.0\",", "\"version\": \"1.22.0\", \"resolved\": \"https://registry.npmjs.org/lunr/-/lunr-2.3.9.tgz\",")]
    [InlineData("package-lock.json", "\"version\": \"2.3.9\",", "\"version\": \"2.3.9\", \"resolved\": 42,")]
    [InlineData("package-lock.json", "\"version\": \"2.3.9\",", "\"version\": \"2.3.9\", \"link\": true,")]
    [InlineData("package-lock.json", "\"version\": \"2.3.9\",", "\"version\": \"2.3.9\", \"hasInstallScript\": true,")]
    [InlineData("package-lock.json", "\"version\": \"2.3.9\",", "\"version\": \"2.3.9\", \"dependencies\": {\"evil\": \"1.0.0\"},")]
    [InlineData("package-lock.json", "\"version\": \"2.3.9\",", "\"version\": \"2.3.9\", \"optionalDependencies\": {\"evil\": \"1.0.0\"},")]
    [InlineData("package-lock.json", "\"version\": \"2.3.9\",", "\"version\": \"2.3.9\", \"peerDependencies\": {\"evil\": \"1.0.0\"},")]
    [InlineData("package-lock.json", "\"version\": \"2.3.9\",", "\"version\": \"2.3.9\", \"bin\": {\"lunr\": \"evil.js\"},")]
    [InlineData("package-lock.json", "\"node_modules/lunr\": {", "\"node_modules/lunr/node_modules/evil\": {\"version\": \"1.0.0\"}, \"node_modules/lunr\": {")]
    [InlineData("package-lock.json", "\"node_modules/lunr\": {", "\"packages/evil\": {\"version\": \"1.0.0\"}, \"node_modules/lunr\": {")]
    [InlineData("package-lock.json", "\"node_modules/lunr\": {", "\"node_modules/lunr\": {\"version\": \"2.3.9\", \"resolved\": \"git+file:///tmp/evil\"}, \"node_modules/lunr\": {")]
    [InlineData("package-lock.json", "\"lunr\": \"2.3.9\"", "\"lunr\": \"git+file:///tmp/evil-lunr\"")]
    [InlineData("package-lock.json", "\"license\": \"CC-BY-SA-4.0\",", "\"license\": \"CC-BY-SA-4.0\", \"devDependencies\": {\"evil\": \"1.0.0\"},")]
    [InlineData("package-lock.json", "\"lockfileVersion\": 3", "\"lockfileVersion\": 1")]
    [InlineData("package-lock.json", "\"requires\": true,", "\"requires\": true, \"dependencies\": {\"evil\": {\"version\": \"git+file:///tmp/evil\"}},")]
    public void Package_files_that_do_not_pin_exactly_the_generators_versions_are_refused_before_npm_runs(string file, string from, string to)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp, packages: false);
        var path = Path.Combine(theme, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
        var runner = new RecordingRunner();

        var result = new BuildPipeline(runner: runner).Run(new BuildOptions(cases, theme, temp["public"], DisplayRoot: temp.Path) { SearchPath = StandInNpm(temp) }, BuildPlan.Build);

        Assert.False(result.Succeeded);
        Assert.StartsWith($"theme/{file}(1,1): error CL0321: ", Assert.Single(result.Diagnostics).ToString());
        Assert.Empty(runner.Calls);
    }

    [Theory]
    [InlineData("package.json", "\"lunr\": \"2.3.9\"", "\"lunr\": \"2.3.8\"", false)]
    [InlineData("package.json", "\"lunr-languages\": \"1.22.0\"", "\"lunr-languages\": \"1.23.1\"", true)]
    [InlineData("package-lock.json", "\"version\": \"2.3.9\"", "\"version\": \"2.3.10\"", true)]
    [InlineData("package-lock.json", "\"version\": \"2.3.9\"", "\"version\": \"2.3.8\"", false)]
    public void A_theme_that_pins_other_versions_says_so_in_plain_words_and_uses_neither_npm_nor_the_carried_scripts(string file, string from, string to, bool installedTool)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp, packages: false);
        var path = Path.Combine(theme, file);
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to));
        var carried = installedTool ? Carried(temp) : null;
        var runner = new RecordingRunner();

        var result = new BuildPipeline(runner: runner).Run(new BuildOptions(cases, theme, temp["public"], DisplayRoot: temp.Path) { SearchPath = StandInNpm(temp), CarriedPackages = carried }, BuildPlan.Build);

        var theirs = to.Contains("lunr-languages") ? "lunr 2.3.9 and lunr-languages 1.23.1" : $"lunr {to.Split('"')[3]} and lunr-languages 1.22.0";
        var line = Assert.Single(result.Diagnostics).ToString();
        Assert.StartsWith($"theme/{file}(1,1): error CL0323: the theme asks for {theirs}, but this ", line);
        Assert.Contains(installedTool
            ? "caselib carries and trusts only lunr 2.3.9 and lunr-languages 1.22.0, so it will not build with other versions: update caselib to the release made with this theme (dotnet tool update CaseLibrary.Generator)"
            : "generator trusts only lunr 2.3.9 and lunr-languages 1.22.0 (generator/Loading/PinnedPackages.cs), so it will not build with other versions", line);
        Assert.Empty(runner.Calls);
        Assert.False(Directory.Exists(temp["public"]));
    }

    /// <summary>The pinned files as <c>dotnet pack</c> puts them beside an installed caselib (search-packages/).</summary>
    private static string Carried(TempFolder temp)
    {
        var carried = temp["tool/search-packages"];
        foreach (var relative in PinnedPackages.Files.Keys)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(carried, relative))!);
            File.Copy(Path.Combine(RepoPaths.Theme, "node_modules", relative), Path.Combine(carried, relative));
        }
        return carried;
    }

    [Fact]
    public void Without_node_modules_an_installed_caselib_uses_the_scripts_it_carries_starts_no_npm_and_builds_the_same_site()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var bare = ThemeCopy.Write(temp, packages: false);
        var carried = Carried(temp);
        Directory.CreateDirectory(temp["empty-bin"]);

        var withCarried = new BuildPipeline(runner: new ForbiddenRunner()).Run(
            new BuildOptions(cases, bare, temp["carried-out"], DisplayRoot: temp.Path) { SearchPath = temp["empty-bin"], CarriedPackages = carried }, BuildPlan.Build);
        using var other = new TempFolder();
        var withModules = new BuildPipeline().Run(
            new BuildOptions(cases, ThemeCopy.Write(other), temp["modules-out"], DisplayRoot: other.Path) { SearchPath = TestPrograms.SearchPath }, BuildPlan.Build);

        Assert.True(withCarried.Succeeded, string.Join("\n", withCarried.Diagnostics));
        Assert.True(withModules.Succeeded, string.Join("\n", withModules.Diagnostics));
        Assert.Equal("lunr 2.3.9 and lunr-languages 1.22.0 carried by this caselib (the theme has no node_modules; no npm, no download)", withCarried.SearchScripts);
        Assert.Equal("lunr 2.3.9 and lunr-languages 1.22.0 from theme/node_modules", withModules.SearchScripts);
        Assert.False(Directory.Exists(Path.Combine(bare, "node_modules")));
        Assert.Equal(FolderSnapshot.Of(temp["modules-out"]), FolderSnapshot.Of(temp["carried-out"]));
    }

    [Fact]
    public void A_changed_carried_file_is_refused_and_a_themes_own_node_modules_is_still_verified()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var carried = Carried(temp);
        File.AppendAllText(Path.Combine(carried, "lunr", "lunr.js"), "\n// changed\n");
        var bare = ThemeCopy.Write(temp, packages: false);
        var runner = new RecordingRunner();

        var fromCarried = new BuildPipeline(runner: runner).Run(
            new BuildOptions(cases, bare, temp["public"], DisplayRoot: temp.Path) { SearchPath = StandInNpm(temp), CarriedPackages = carried }, BuildPlan.Build);

        Assert.Equal("tool/search-packages/lunr/lunr.js(1,1): error CL0320: this file of the search packages this caselib carries is not the one of lunr 2.3.9 / lunr-languages 1.22.0 it pins (the installed tool was changed or damaged): reinstall caselib (dotnet tool uninstall, then dotnet tool install, CaseLibrary.Generator)",
            Assert.Single(fromCarried.Diagnostics).ToString());
        Assert.Empty(runner.Calls);

        // A pull request that commits a changed node_modules is refused, not replaced by the carried copy.
        File.Copy(Path.Combine(RepoPaths.Theme, "node_modules", "lunr", "lunr.js"), Path.Combine(carried, "lunr", "lunr.js"), overwrite: true);
        ThemeCopy.CopyPackages(RepoPaths.Theme, bare);
        File.AppendAllText(Path.Combine(bare, "node_modules", "lunr-languages", "lunr.it.js"), "\n// changed\n");
        var fromTheme = new BuildPipeline(runner: runner).Run(
            new BuildOptions(cases, bare, temp["public"], DisplayRoot: temp.Path) { SearchPath = StandInNpm(temp), CarriedPackages = carried }, BuildPlan.Build);

        Assert.StartsWith("theme/node_modules/lunr-languages/lunr.it.js(1,1): error CL0320: this file is not the one of lunr 2.3.9", Assert.Single(fromTheme.Diagnostics).ToString());
        Assert.False(Directory.Exists(temp["public"]));
    }

    [Fact]
    public void A_lock_file_that_names_the_public_registry_archives_is_accepted()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp, packages: false);
        var path = Path.Combine(theme, "package-lock.json");
        File.WriteAllText(path, File.ReadAllText(path)
            .Replace("\"version\": \"2.3.9\",", "\"version\": \"2.3.9\", \"resolved\": \"https://registry.npmjs.org/lunr/-/lunr-2.3.9.tgz\",")
            .Replace("\"version\": \"1.22.0\",", "\"version\": \"1.22.0\", \"resolved\": \"https://registry.npmjs.org/lunr-languages/-/lunr-languages-1.22.0.tgz\","));
        var runner = new RecordingRunner();

        var result = new BuildPipeline(runner: runner).Run(new BuildOptions(cases, theme, temp["public"], DisplayRoot: temp.Path) { SearchPath = StandInNpm(temp) }, BuildPlan.Build);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Single(runner.Calls);
    }

    [Fact]
    public void A_project_npmrc_in_the_theme_is_refused_before_npm_runs()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp, packages: false);
        File.WriteAllText(Path.Combine(theme, ".npmrc"), "cache=/root/.ssh\n");
        var runner = new RecordingRunner();

        var result = new BuildPipeline(runner: runner).Run(new BuildOptions(cases, theme, temp["public"], DisplayRoot: temp.Path) { SearchPath = StandInNpm(temp) }, BuildPlan.Build);

        Assert.Equal("theme/.npmrc(1,1): error CL0321: the build installs the search packages with npm, and a .npmrc in the theme would change how: delete it", Assert.Single(result.Diagnostics).ToString());
        Assert.Empty(runner.Calls);
    }

    [Theory]
    [InlineData(false, false, "CL0313", "'npm ci --ignore-scripts' in the theme folder failed: npm ERR! something")]
    [InlineData(true, false, "CL0310", "npm is not installed")]
    [InlineData(false, true, "CL0322", "'npm ci' in the theme folder did not finish within 5 minutes and was stopped")]
    public void A_failed_missing_or_stopped_npm_is_a_diagnostic(bool notFound, bool timedOut, string code, string message)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp, packages: false);
        var runner = new RecordingRunner(install: false, new ProcessOutcome(notFound || timedOut ? null : 1, "npm ERR! something\n", notFound, timedOut));

        var result = new BuildPipeline(runner: runner).Run(new BuildOptions(cases, theme, temp["public"], DisplayRoot: temp.Path) { SearchPath = StandInNpm(temp) }, BuildPlan.Build);

        Assert.StartsWith($"theme/package.json(1,1): error {code}: {message}", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void The_process_runner_kills_a_process_that_runs_too_long()
    {
        using var temp = new TempFolder();
        var clock = Stopwatch.StartNew();

        var outcome = new ProcessRunner("/usr/bin:/bin").Run("/bin/sh", ["-c", "sleep 60"], temp.Path, TimeSpan.FromMilliseconds(300));

        Assert.True(outcome.TimedOut);
        Assert.Null(outcome.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void The_process_runner_drains_large_output_on_both_streams_and_reports_missing_programs()
    {
        using var temp = new TempFolder();

        var outcome = new ProcessRunner("/usr/bin:/bin").Run("/bin/sh", ["-c", "head -c 3000000 /dev/zero; head -c 3000000 /dev/zero >&2; exit 7"], temp.Path, TimeSpan.FromSeconds(60));

        Assert.Equal(7, outcome.ExitCode);
        Assert.Equal(3000000, outcome.ErrorOutput.Length);
        Assert.True(new ProcessRunner("/usr/bin:/bin").Run(temp["no-such-program"], [], temp.Path, TimeSpan.FromSeconds(5)).NotFound);
    }

    [Fact]
    public void A_real_npm_ci_with_the_real_lock_file_runs_no_install_script_and_installs_the_pinned_files()
    {
        if (!new[] { "/usr/bin/npm", "/usr/local/bin/npm" }.Any(File.Exists)) return; // npm is optional on developer machines
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp, packages: false);
        File.WriteAllText(Path.Combine(theme, "package.json"), Preinstall);

        var check = Caselib.Run(temp.Path, "check", "--source", cases, "--theme", theme);
        Assert.Equal(0, check.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(theme, "node_modules")));

        var build = Caselib.Run(temp.Path, "build", "--source", cases, "--theme", theme, "--out", temp["public"]);

        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.False(File.Exists(Path.Combine(theme, "PWNED")));
        Assert.True(File.Exists(Path.Combine(theme, "node_modules", "lunr", "lunr.js")));
    }
}
