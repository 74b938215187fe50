using CaseLibrary.Cli;
using CaseLibrary.Diagnostics.Catalogue;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Catalogue;

/// <summary><c>caselib explain</c>: one entry, the list of codes, and unknown codes.</summary>
public sealed class ExplainCommandTests
{
    [Fact]
    public void Explain_prints_the_meaning_an_example_and_the_fix()
    {
        var outcome = Caselib.Run(null, "explain", "YAML013");

        Assert.Equal(CommandLine.Ok, outcome.ExitCode);
        var entry = DiagnosticCatalogue.Find("YAML013")!;
        Assert.StartsWith("YAML013 (error): " + entry.Title + "\n", outcome.Stdout);
        Assert.Contains(entry.Meaning, outcome.Stdout);
        Assert.Contains("    " + entry.Example.Split('\n')[0], outcome.Stdout);
        Assert.Contains("How to fix it: " + entry.Fix, outcome.Stdout);
        Assert.Equal("", outcome.Stderr);
    }

    [Fact]
    public void A_code_in_lower_case_is_found()
    {
        Assert.StartsWith("CL0132 (error)", Caselib.Run(null, "explain", "cl0132").Stdout);
    }

    [Fact]
    public void An_unknown_code_is_a_usage_error_that_says_how_to_list_the_codes()
    {
        var outcome = Caselib.RunIn(Caselib.Plain with { Invocation = "dotnet run --project generator --" }, null, "explain", "CL0133x");

        Assert.Equal(CommandLine.UsageError, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.Contains("there is no diagnostic code 'CL0133x'", outcome.Stderr);
        Assert.Contains("Run 'dotnet run --project generator -- explain' to list every code.", outcome.Stderr);
    }

    [Fact]
    public void Explain_without_a_code_lists_every_code_with_its_title()
    {
        var outcome = Caselib.Run(null, "explain");

        Assert.Equal(CommandLine.Ok, outcome.ExitCode);
        var lines = outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(DiagnosticCatalogue.All.Count + 1, lines.Length);
        foreach (var entry in DiagnosticCatalogue.All)
            Assert.Contains(lines, l => l.StartsWith(entry.Code + " ", StringComparison.Ordinal) && l.EndsWith(entry.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_markdown_prints_the_readme_reference()
    {
        var outcome = Caselib.Run(null, "explain", "--markdown");

        Assert.Equal(CommandLine.Ok, outcome.ExitCode);
        Assert.Equal(CatalogueText.Markdown(DiagnosticCatalogue.All), outcome.Stdout);
    }

    [Fact]
    public void Explain_takes_one_code_only()
    {
        Assert.Equal(CommandLine.UsageError, Caselib.Run(null, "explain", "CL0101", "CL0102").ExitCode);
    }
}
