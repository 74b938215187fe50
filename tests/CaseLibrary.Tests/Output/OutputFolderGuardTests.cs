using CaseLibrary.Cli;
using CaseLibrary.Tests.Support;
using CaseLibrary.Writing;

namespace CaseLibrary.Tests.Output;

/// <summary>
/// F1/F3: a build replaces only what an earlier build made. Every refusal exits 2 with its CL07xx code and leaves the
/// whole throwaway folder (the victims outside the output included) exactly as it was. All paths live under a temp folder.
/// </summary>
public sealed class OutputFolderGuardTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _cases;

    public OutputFolderGuardTests()
    {
        _cases = MiniLibrary.Write(_temp, ("one/en.md", MiniLibrary.Case()));
        _temp.Write("victim/keep.txt", "the maintainer's file");
        _temp.Write("victim/deep/id_ed25519", "secret key");
        _temp.Write("victim/site/index.html", "someone else's site");
        _temp.Write("victim/site/" + OutputFolderGuard.MarkerName, "looks like a build");
        Directory.CreateDirectory(_temp["work"]);
    }

    public void Dispose() => _temp.Dispose();

    private CommandEnvironment Environment => new(_temp["work"], Home: _temp["home/user"]);

    [Theory]
    [InlineData("victim")]
    [InlineData("victim/site")] // a link to a folder that even carries a marker
    public void An_output_that_is_a_symbolic_link_is_refused(string linkTarget)
    {
        Directory.CreateSymbolicLink(_temp["work/public"], _temp[linkTarget]);
        AssertRefused("CL0720", Environment, "--out", _temp["work/public"]);
        AssertRefused("CL0720", Environment, "--out", "public"); // the default, as a committed link named public would be
        AssertRefused("CL0720", Environment);
        AssertRefused("CL0720", Environment, "--pdf"); // the PDFs are printed into the same output, after the same guard
    }

    [Fact]
    public void An_output_under_a_symbolically_linked_folder_is_refused()
    {
        Directory.CreateSymbolicLink(_temp["work/linked"], _temp["victim"]);
        AssertRefused("CL0721", Environment, "--out", _temp["work/linked/site"]);
        AssertRefused("CL0721", Environment, "--out", _temp["work/linked/new-folder/site"]);
    }

    [Fact]
    public void The_current_folder_and_its_parents_are_refused()
    {
        _temp.Write("work/sub/notes.txt", "mine");
        _temp.Write("work/notes.txt", "mine");
        var environment = Environment with { CurrentDirectory = _temp["work/sub"] };
        foreach (var output in new[] { ".", "./", "..", "../sub/.", _temp["work"] })
            AssertRefused("CL0725", environment, "--out", output);
    }

    [Fact]
    public void An_output_that_overlaps_the_source_or_the_theme_is_refused()
    {
        var theme = _temp["site/theme"];
        _temp.Write("site/theme/layouts/baseof.html", "<html></html>");
        foreach (var (source, themeFolder, output) in new[]
        {
            (_cases, RepoPaths.Theme, _cases),
            (_cases, RepoPaths.Theme, _temp["cases/public"]),
            (_cases, RepoPaths.Theme, _temp.Path),
            (_cases, theme, _temp["site"]),
            (_cases, theme, theme),
            (_cases, theme, _temp["site/theme/out"]),
        })
            AssertRefused("CL0722", Environment, "--source", source, "--theme", themeFolder, "--out", output);
    }

    [Fact]
    public void Overlap_is_judged_on_real_paths_not_on_spelling()
    {
        _temp.Write("out/" + OutputFolderGuard.MarkerName, OutputFolderGuard.MarkerText);
        _temp.Write("out/theme/layouts/baseof.html", "<html></html>");
        Directory.CreateSymbolicLink(_temp["theme-link"], _temp["out/theme"]);
        Directory.CreateSymbolicLink(_temp["cases-link"], _cases);
        AssertRefused("CL0722", Environment, "--theme", _temp["theme-link"], "--out", _temp["out"]);
        AssertRefused("CL0722", Environment, "--source", _temp["cases-link"], "--out", _temp["cases/public"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // a git worktree: .git is a file
    public void An_output_that_is_or_contains_the_repository_is_refused(bool gitFolder)
    {
        if (gitFolder) _temp.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
        else _temp.Write("repo/.git", "gitdir: /elsewhere\n");
        _temp.Write("repo/README.md", "the project");
        var environment = new CommandEnvironment(_temp["repo/sub"]);
        Directory.CreateDirectory(_temp["repo/sub"]);
        AssertRefused("CL0723", environment, "--out", _temp["repo"]);
        AssertRefused("CL0723", Environment with { CurrentDirectory = _temp["repo"] }, "--out", _temp["repo"]);
    }

    [Fact]
    public void An_output_that_is_in_or_contains_a_git_folder_is_refused()
    {
        _temp.Write("other/.git/HEAD", "ref: refs/heads/main\n");
        _temp.Write("out/" + OutputFolderGuard.MarkerName, OutputFolderGuard.MarkerText);
        _temp.Write("out/vendor/.git/config", "[core]\n");
        AssertRefused("CL0724", Environment, "--out", _temp["other/.git"]);
        AssertRefused("CL0724", Environment, "--out", _temp["other/.git/site"]);
        AssertRefused("CL0724", Environment, "--out", _temp["out"]);
    }

    [Fact]
    public void The_home_folder_is_refused_also_through_a_link()
    {
        _temp.Write("home/user/.ssh/id_ed25519", "key");
        AssertRefused("CL0726", Environment, "--out", _temp["home/user"]);
        AssertRefused("CL0726", Environment, "--out", _temp["home"]);
        Directory.CreateSymbolicLink(_temp["home-link"], _temp["home/user"]);
        AssertRefused("CL0726", Environment with { Home = _temp["home-link"] }, "--out", _temp["home/user"]);
    }

    [Fact]
    public void A_file_is_never_replaced_by_the_output_folder()
    {
        _temp.Write("work/public", "a file");
        AssertRefused("CL0727", Environment);
    }

    [Fact]
    public void A_non_empty_folder_without_the_marker_is_refused()
    {
        _temp.Write("work/public/notes.txt", "mine");
        AssertRefused("CL0728", Environment);
        _temp.Write("elsewhere/.hidden", "hidden files count too");
        AssertRefused("CL0728", Environment, "--out", _temp["elsewhere"]);
        Directory.CreateDirectory(_temp["linked-marker"]);
        File.CreateSymbolicLink(_temp["linked-marker/" + OutputFolderGuard.MarkerName], _temp["victim/site/" + OutputFolderGuard.MarkerName]);
        _temp.Write("linked-marker/page.html", "mine");
        AssertRefused("CL0728", Environment, "--out", _temp["linked-marker"]);
    }

    [Fact]
    public void An_earlier_build_is_replaced_and_an_empty_folder_is_used()
    {
        Directory.CreateDirectory(_temp["work/public"]);
        Assert.Equal(0, Build(Environment).ExitCode);
        Assert.Equal(OutputFolderGuard.MarkerText, File.ReadAllText(_temp["work/public/" + OutputFolderGuard.MarkerName]));
        _temp.Write("work/public/stale.html", "from an older build");
        var outside = FolderSnapshot.Of(_temp.Path, IsOutput);

        var outcome = Build(Environment);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.False(File.Exists(_temp["work/public/stale.html"]));
        Assert.True(File.Exists(_temp["work/public/en/index.html"]));
        Assert.True(File.Exists(_temp["work/public/" + OutputFolderGuard.MarkerName]));
        Assert.Equal(outside, FolderSnapshot.Of(_temp.Path, IsOutput));
    }

    [Fact]
    public void Links_inside_the_replaced_build_are_removed_but_never_followed()
    {
        Assert.Equal(0, Build(Environment).ExitCode);
        Directory.CreateSymbolicLink(_temp["work/public/en/victim"], _temp["victim"]);
        Directory.CreateSymbolicLink(_temp["work/public/victim-root"], "../../victim");
        File.CreateSymbolicLink(_temp["work/public/keep.txt"], _temp["victim/keep.txt"]);
        var outside = FolderSnapshot.Of(_temp.Path, IsOutput);

        var outcome = Build(Environment);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal(outside, FolderSnapshot.Of(_temp.Path, IsOutput));
        Assert.Equal("the maintainer's file", File.ReadAllText(_temp["victim/keep.txt"]));
        Assert.DoesNotContain(FolderSnapshot.Of(_temp["work/public"]).Values, v => v.StartsWith("link", StringComparison.Ordinal));
    }

    [Fact]
    public void The_writer_itself_refuses_a_link_or_a_folder_it_did_not_make()
    {
        Directory.CreateSymbolicLink(_temp["work/public"], _temp["victim/site"]);
        _temp.Write("work/mine/notes.txt", "mine");
        var before = FolderSnapshot.Of(_temp.Path);
        var file = new CaseLibrary.Rendering.OutputFile("index.html", [1], true, "test");
        foreach (var output in new[] { "work/public", "work/public/sub", "work/mine" })
            Assert.Throws<IOException>(() => new OutputWriter().Write(_temp[output], [file]));
        Assert.Equal(before, FolderSnapshot.Of(_temp.Path));
    }

    [Theory]
    [InlineData("cases/.schema")]
    [InlineData("cases/.schema/deeper")]
    public void Schema_never_writes_through_a_link(string output)
    {
        _temp.Write("victim/case.schema.json", "someone else's file");
        Directory.CreateSymbolicLink(_temp["cases/.schema"], _temp["victim"]);
        var before = FolderSnapshot.Of(_temp.Path);

        var outcome = Caselib.RunIn(Environment, _temp.Path, "schema", "--out", _temp[output]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(": error CL0729: the schema folder", Assert.Single(outcome.DiagnosticLines));
        Assert.Equal(before, FolderSnapshot.Of(_temp.Path));
    }

    [Theory]
    [InlineData("case.schema.json.new")]
    [InlineData("authors.schema.json")]
    public void Schema_replaces_a_committed_link_inside_its_folder_instead_of_writing_through_it(string name)
    {
        _temp.Write("victim/id_ed25519", "secret key");
        Directory.CreateDirectory(_temp["cases/.schema"]);
        File.CreateSymbolicLink(_temp["cases/.schema/" + name], _temp["victim/id_ed25519"]);
        File.CreateSymbolicLink(_temp["cases/.schema/dangling.json.new"], _temp["victim/created-by-schema"]);

        var outcome = Caselib.RunIn(Environment, _temp.Path, "schema", "--out", _temp["cases/.schema"]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal("secret key", File.ReadAllText(_temp["victim/id_ed25519"]));
        Assert.False(File.Exists(_temp["victim/created-by-schema"]));
        Assert.Null(new FileInfo(_temp["cases/.schema/authors.schema.json"]).LinkTarget);
        Assert.StartsWith("{", File.ReadAllText(_temp["cases/.schema/authors.schema.json"]));
    }

    [Fact]
    public void Schema_does_not_hang_on_a_fifo_in_its_folder()
    {
        Directory.CreateDirectory(_temp["cases/.schema"]);
        var fifo = _temp["cases/.schema/library.schema.json.new"];
        using (var mkfifo = System.Diagnostics.Process.Start("/usr/bin/mkfifo", [fifo])!) mkfifo.WaitForExit();
        Assert.True(File.Exists(fifo), "mkfifo made no FIFO");

        var run = Task.Run(() => Caselib.RunIn(Environment, _temp.Path, "schema", "--out", _temp["cases/.schema"]));

        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), "caselib schema hung on a FIFO");
        Assert.True(run.Result.ExitCode == 0, run.Result.Stderr);
        Assert.StartsWith("{", File.ReadAllText(_temp["cases/.schema/library.schema.json"]));
    }

    [Fact]
    public void Check_does_not_judge_the_output_folder_because_it_writes_nothing()
    {
        _temp.Write("work/public/notes.txt", "mine");
        var before = FolderSnapshot.Of(_temp.Path);
        var outcome = Caselib.RunIn(Environment, _temp.Path, "check", "--source", _cases, "--theme", RepoPaths.Theme);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal(before, FolderSnapshot.Of(_temp.Path));
    }

    private bool IsOutput(string relative) => relative == "work/public" || relative.StartsWith("work/public/", StringComparison.Ordinal);

    private Caselib.Outcome Build(CommandEnvironment environment, params string[] args)
    {
        var all = new List<string> { "build" };
        if (!args.Contains("--source")) all.AddRange(["--source", _cases]);
        if (!args.Contains("--theme")) all.AddRange(["--theme", RepoPaths.Theme]);
        return Caselib.RunIn(environment, _temp.Path, [.. all, .. args]);
    }

    private void AssertRefused(string code, CommandEnvironment environment, params string[] args)
    {
        var before = FolderSnapshot.Of(_temp.Path);
        var outcome = Build(environment, args);
        var detail = $"{string.Join(' ', args)}:\n{outcome.Stderr}";
        Assert.True(outcome.ExitCode == 2, detail);
        var line = Assert.Single(outcome.DiagnosticLines);
        Assert.Contains($": error {code}: the output ", line);
        Assert.Contains("nothing was built, written or deleted", outcome.Stderr);
        Assert.Equal(before, FolderSnapshot.Of(_temp.Path));
    }
}
