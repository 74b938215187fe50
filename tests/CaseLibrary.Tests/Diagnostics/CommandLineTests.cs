using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Diagnostics;

public sealed class CommandLineTests
{
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
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CaseLibrary.Cli.CommandLine.Run(["check", "--source", Path.Combine(RepoPaths.Fixture("tiny"), "cases"), "--theme", RepoPaths.Theme],
            stdout, stderr, RepoPaths.Root, showProgress);
        Assert.Equal(0, code);
        Assert.StartsWith("Checked ", stdout.ToString());
        var progress = stderr.ToString();
        if (!showProgress)
        {
            Assert.False(progress.Contains('\u001b'), progress);
            return;
        }
        foreach (var stage in new[] { "load", "parse", "model", "render", "check" })
            Assert.Contains($"\r\u001b[Kcaselib: {stage}… ", progress);
        Assert.DoesNotContain("caselib: search… ", progress); // check never builds the search index
        var afterLastClear = progress[(progress.LastIndexOf("\r\u001b[K", StringComparison.Ordinal) + 4)..];
        Assert.DoesNotContain("caselib: ", afterLastClear);
    }

    [Fact]
    public void Output_folder_may_not_overlap_the_sources()
    {
        var outcome = Caselib.Run(null, "build", "--source", RepoPaths.Cases, "--out", Path.Combine(RepoPaths.Cases, "public"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("overlap", outcome.Stderr);
    }
}
