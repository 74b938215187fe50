using CaseLibrary.Cli;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// Only .NET is needed to check: with a PATH that holds no node and no npm, and a theme without node_modules,
/// <c>check</c> passes; <c>build</c> says in plain words what is missing and how to get it.
/// </summary>
public sealed class NoNodeTests
{
    [Fact]
    public void Check_passes_with_no_node_or_npm_on_path_and_no_node_modules()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp, packages: false);
        Directory.CreateDirectory(temp["empty-bin"]);
        var environment = Caselib.Plain with { CurrentDirectory = temp.Path, SearchPath = temp["empty-bin"] };

        var outcome = Caselib.RunIn(environment, temp.Path, "check", "--source", cases, "--theme", theme);

        Assert.True(outcome.ExitCode == CommandLine.Ok, outcome.Stderr);
        Assert.StartsWith("Checked 1 cases, drafts included: no errors", outcome.Stdout);
        Assert.DoesNotContain("CL031", outcome.Stderr);
        Assert.False(Directory.Exists(Path.Combine(theme, "node_modules")));
    }

    [Fact]
    public void Build_with_no_npm_says_what_is_missing_and_how_to_get_it()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp, packages: false);
        Directory.CreateDirectory(temp["empty-bin"]);
        var environment = Caselib.Plain with { CurrentDirectory = temp.Path, SearchPath = temp["empty-bin"] };

        var outcome = Caselib.RunIn(environment, temp.Path, "build", "--source", cases, "--theme", theme, "--out", temp["public"]);

        Assert.Equal(CommandLine.ContentErrors, outcome.ExitCode);
        var line = Assert.Single(outcome.DiagnosticLines);
        Assert.Contains("error CL0310: npm is not installed (it comes with Node.js)", line);
        Assert.Contains("Install Node.js from https://nodejs.org", line);
        Assert.Contains("'check' needs only .NET", line);
        Assert.False(Directory.Exists(temp["public"]));
    }
}
