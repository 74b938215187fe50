using CaseLibrary.Cli;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Diagnostics;

/// <summary>
/// Messages name the command the reader has (<c>caselib</c> installed, <c>dotnet run --project generator --</c> in a
/// clone), and a command run in a subfolder of the repository finds the library above it, or says how to run it.
/// </summary>
public sealed class InvocationTests
{
    private const string InClone = "dotnet run --project generator --";

    [Fact]
    public void A_usage_error_names_the_command_the_reader_started()
    {
        var outcome = Caselib.RunIn(Caselib.Plain with { Invocation = InClone }, null, "chek");

        Assert.Equal(CommandLine.UsageError, outcome.ExitCode);
        Assert.Contains($"Run '{InClone} --help' for usage.", outcome.Stderr);
    }

    [Fact]
    public void Help_shows_usage_with_the_command_the_reader_started()
    {
        var outcome = Caselib.RunIn(Caselib.Plain with { Invocation = InClone }, null, "check", "--help");

        Assert.Contains($"Usage: {InClone} check [options]", outcome.Stdout);
        Assert.Contains("Usage: caselib check [options]", Caselib.Run(null, "check", "--help").Stdout);
    }

    [Fact]
    public void A_failed_check_points_once_to_explain_with_the_first_error_code()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case().Replace("[listening]", "[listning]", StringComparison.Ordinal)));

        var outcome = Caselib.RunIn(Caselib.Plain with { Invocation = InClone }, temp.Path, "check", "--source", cases, "--theme", RepoPaths.Theme);

        Assert.Equal(CommandLine.ContentErrors, outcome.ExitCode);
        Assert.Single(outcome.Stderr.Split('\n'), l => l.Contains(" explain ", StringComparison.Ordinal));
        Assert.Contains($"run '{InClone} explain CL0132' (any code)", outcome.Stderr);
    }

    [Fact]
    public void Check_in_a_subfolder_of_the_repository_finds_the_library_above()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp[".git"]);
        MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case().Replace("[listening]", "[listning]", StringComparison.Ordinal)));
        ThemeCopy.Write(temp, packages: false);

        var outcome = Caselib.RunIn(Caselib.Plain with { CurrentDirectory = temp["cases/a-case"] }, null, "check");

        Assert.Equal(CommandLine.ContentErrors, outcome.ExitCode);
        Assert.Contains("caselib: using the library in '../..'", outcome.Stderr);
        Assert.Contains("cases/a-case/en.md(", outcome.DiagnosticLines.Single());
    }

    [Fact]
    public void Outside_a_repository_a_subfolder_says_where_to_run_the_command()
    {
        using var temp = new TempFolder();
        MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        ThemeCopy.Write(temp, packages: false);

        var outcome = Caselib.RunIn(Caselib.Plain with { CurrentDirectory = temp["cases/a-case"], Invocation = InClone }, null, "check");

        Assert.Equal(CommandLine.UsageError, outcome.ExitCode);
        Assert.Contains("there is no 'cases' folder here, nor in a folder above this one within the repository", outcome.Stderr);
        Assert.Contains($"Run '{InClone} check' from the repository's root folder", outcome.Stderr);
        Assert.Contains("--source <dir> and --theme <dir>", outcome.Stderr);
    }

    [Fact]
    public void A_build_from_a_subfolder_writes_public_beside_cases_not_in_the_subfolder()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp[".git"]);
        MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        ThemeCopy.Write(temp);
        Directory.CreateDirectory(temp["docs"]);

        var outcome = Caselib.RunIn(Caselib.Plain with { CurrentDirectory = temp["docs"] }, null, "build");

        Assert.True(outcome.ExitCode == CommandLine.Ok, outcome.Stderr);
        Assert.True(File.Exists(temp["public/index.html"]));
        Assert.False(Directory.Exists(temp["docs/public"]));
    }
}
