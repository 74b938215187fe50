using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Diagnostics;

public sealed class CommandLineTests
{
    private static readonly string TinyCases = Path.Combine(RepoPaths.Fixture("tiny"), "cases");

    [Theory]
    [InlineData("biuld")]
    [InlineData("build", "--sauce", "cases")]
    [InlineData("build", "--base-url", "not a url")]
    [InlineData("build", "--out")]
    [InlineData("check", "--format", "xml")]
    public void Usage_mistakes_exit_with_2_and_a_hint(params string[] args)
    {
        var outcome = Caselib.Run(null, args);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("caselib: ", outcome.Stderr);
        Assert.Contains("--help", outcome.Stderr);
    }

    /// <summary>
    /// A library with more problems than a terminal shows (200): the rest are counted, with how to see them, and
    /// --verbose prints every one.
    /// </summary>
    [Fact]
    public void Beyond_two_hundred_problems_the_rest_are_counted_and_verbose_prints_them_all()
    {
        using var temp = new TempFolder();
        var unknownKeys = string.Join("\n", Enumerable.Range(1, 230).Select(i => $"unknown_key_{i}: x"));
        var cases = MiniLibrary.Write(temp, ("many-problems/en.md", MiniLibrary.Case(extra: unknownKeys)));

        var plain = Caselib.Check(cases, temp.Path);
        Assert.Equal(1, plain.ExitCode);
        Assert.Equal(200, plain.DiagnosticLines.Count);
        Assert.Contains("… and 30 more (--verbose prints them all).", plain.Stderr);

        var verbose = Caselib.Check(cases, temp.Path, "--verbose");
        Assert.Equal(1, verbose.ExitCode);
        Assert.Equal(230, verbose.DiagnosticLines.Count(l => l.Contains("unknown_key_", StringComparison.Ordinal)));
        Assert.DoesNotContain(" more (--verbose", verbose.Stderr);
    }

    [Fact]
    public void Unknown_command_suggests_the_closest()
    {
        Assert.Contains("did you mean 'build'", Caselib.Run(null, "biuld").Stderr);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    [InlineData("check", "-h")]
    [InlineData("new", "--help")]
    [InlineData("schema", "--help")]
    [InlineData("help", "new")]
    public void Help_is_printed_for_every_command(params string[] args)
    {
        var outcome = Caselib.Run(null, args);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Usage: caselib", outcome.Stdout);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_progress_line_is_shown_only_when_asked_and_cleared_before_the_summary(bool showProgress)
    {
        var environment = Caselib.Plain with { StderrIsTerminal = showProgress };
        var outcome = Caselib.RunIn(environment, RepoPaths.Root, "check", "--source", TinyCases, "--theme", RepoPaths.Theme);
        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("Checked ", outcome.Stdout);
        var progress = outcome.Stderr;
        if (!showProgress)
        {
            Assert.False(progress.Contains('\u001b'), progress);
            return;
        }
        foreach (var stage in new[] { "load", "parse", "model", "render", "check" })
            Assert.Contains($"\r\u001b[Kcaselib: {stage}… ", progress);
        Assert.DoesNotContain("caselib: search… ", progress); // check never builds the search index
        var afterLastClear = progress[(progress.LastIndexOf("\r\u001b[K", StringComparison.Ordinal) + 4)..];
        // Only the pointer to 'explain' (the tiny library has warnings) follows: no stage name is left on the line.
        Assert.DoesNotMatch("caselib: [a-z ]+… ", afterLastClear);
    }

    [Fact]
    public void In_ci_there_is_no_progress_line_even_on_a_terminal()
    {
        var outcome = Caselib.RunIn(Caselib.Plain with { StderrIsTerminal = true, Ci = true }, RepoPaths.Root, "check", "--source", TinyCases, "--theme", RepoPaths.Theme);
        Assert.Equal(0, outcome.ExitCode);
        Assert.DoesNotContain('\u001b', outcome.Stderr);
    }

    [Theory]
    [InlineData(false, null, false)]
    [InlineData(true, null, true)]
    [InlineData(true, "text", false)]
    [InlineData(false, "github", true)]
    public void The_annotation_format_follows_the_environment_unless_given(bool gitHubActions, string? format, bool annotations)
    {
        string[] args = format is null ? ["check"] : ["check", "--format", format];
        var parsed = CaseLibrary.Cli.CommandLineParser.Parse(args, Caselib.Plain with { GitHubActions = gitHubActions });
        Assert.Null(parsed.Error);
        Assert.Equal(annotations, parsed.GitHubAnnotations);
    }

    [Fact]
    public void The_configured_chromium_comes_from_the_environment_given()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("one/en.md", MiniLibrary.Case()));
        var outcome = Caselib.RunIn(Caselib.Plain with { Chromium = temp["my-chromium"] }, null, "check", "--source", cases, "--theme", RepoPaths.Theme, "--pdf");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"error CL0711: --pdf prints the cases with headless Chromium, which was not found at {temp["my-chromium"]}", outcome.Stderr);
    }

    [Fact]
    public void Output_folder_may_not_overlap_the_sources()
    {
        var outcome = Caselib.Run(null, "build", "--source", RepoPaths.Cases, "--out", Path.Combine(RepoPaths.Cases, "public"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("error CL0722: the output folder", outcome.Stderr);
        Assert.Contains("overlaps the source folder", outcome.Stderr);
    }
}
