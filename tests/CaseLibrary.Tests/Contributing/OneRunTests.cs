using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Contributing;

/// <summary>
/// One run, every problem (issue 13): errors found before rendering (a front matter, an unknown id, a data file) no
/// longer hide broken links and anchors until the next run. The run renders what the model could make, writing
/// nothing, and the link check reports with the other errors; what follows from an error is not reported again.
/// </summary>
public sealed class OneRunTests
{
    private static string Together => Path.Combine(RepoPaths.Fixture("broken-together"), "cases");

    [Fact]
    public void Check_reports_a_model_error_a_broken_link_and_a_broken_anchor_together_and_counts_them()
    {
        var outcome = Caselib.Check(Together);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(4, outcome.DiagnosticLines.Count);
        Assert.Contains("caselib: 4 error(s), 0 warning(s); nothing was written.", outcome.Stderr);
        Assert.Contains(outcome.DiagnosticLines, l => l.Contains("first-case/en.md(5,15): error CL0132: ", StringComparison.Ordinal));
        Assert.Contains(outcome.DiagnosticLines, l => l.Contains("first-case/en.md(11,21): error CL0601: broken link 'report.pdf'", StringComparison.Ordinal));
        Assert.Contains(outcome.DiagnosticLines, l => l.Contains("first-case/en.md(11,75): error CL0601: broken link '#results'", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_reports_the_same_problems_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var check = Caselib.Check(Together);

        var build = Caselib.Build(Together, temp["public"]);

        Assert.Equal(1, build.ExitCode);
        Assert.Equal(check.DiagnosticLines, build.DiagnosticLines);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_data_file_that_cannot_be_read_is_reported_once_beside_a_broken_link()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp,
            ("authors.yaml", "ann-smith:\n  name: Ann Smith\n bob:\n  name: Bob\n"),
            ("one-case/en.md", MiniLibrary.Case(body: "## Context\n\nSee [the notes](notes.pdf).\n")),
            ("two-case/en.md", MiniLibrary.Case(title: "Another case")));

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(2, outcome.DiagnosticLines.Count);
        Assert.StartsWith("cases/authors.yaml(", outcome.DiagnosticLines[0]);
        Assert.Equal("cases/one-case/en.md(12,17): error CL0601: broken link 'notes.pdf' on en/cases/one-case/index.html: no such page or file", outcome.DiagnosticLines[1]);
    }

    [Fact]
    public void Check_reports_a_broken_anchor_in_a_draft_with_an_error_elsewhere_and_build_leaves_the_draft_out()
    {
        using var temp = new TempFolder();
        var draft = MiniLibrary.Case(body: "## Context\n\nSee [the end](#end).\n").Replace("date: 2024-01-02", "date: 2024-01-02\ndraft: true");
        var cases = MiniLibrary.Write(temp,
            ("one-case/en.md", draft),
            ("two-case/en.md", MiniLibrary.Case(title: "Another case").Replace("[listening]", "[listning]")));
        string[] modelError = ["cases/two-case/en.md(5,15): error CL0132: unknown competence 'listning': it is not in competences.yaml (did you mean 'listening'?)"];

        var check = Caselib.Check(cases, temp.Path);
        var build = Caselib.Run(temp.Path, "build", "--source", cases, "--theme", RepoPaths.Theme, "--out", temp["public"]);

        Assert.Equal(["cases/one-case/en.md(13,15): error CL0601: broken link '#end' on en/cases/one-case/index.html: no element with id 'end' on that page", .. modelError], check.DiagnosticLines);
        Assert.Equal(1, check.ExitCode);
        Assert.Equal(modelError, build.DiagnosticLines);
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("Left out 1 draft file(s)", build.Stdout);
        Assert.False(Directory.Exists(temp["public"]));
    }
}
