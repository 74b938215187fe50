using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Diagnostics;

/// <summary>
/// Each broken fixture library gives exactly the diagnostics in its expected.txt: file, line, column, code and
/// message, every problem of the run, sorted; exit code 1; and nothing written.
/// </summary>
public sealed class DiagnosticsGoldenTests
{
    public static TheoryData<string> BrokenFixtures() => new(["broken", "broken-config", "broken-links", "broken-together"]);

    [Theory]
    [MemberData(nameof(BrokenFixtures))]
    public void Check_reports_every_mistake_at_its_position(string fixture)
    {
        var outcome = Caselib.Check(Path.Combine(RepoPaths.Fixture(fixture), "cases"));
        Assert.Equal(1, outcome.ExitCode);
        Golden.AssertText(Path.Combine(RepoPaths.Fixture(fixture), "expected.txt"), string.Join("\n", outcome.DiagnosticLines) + "\n");
        Assert.Contains("nothing was written", outcome.Stderr);
        Assert.DoesNotContain("   at ", outcome.Stderr);
    }

    [Theory]
    [MemberData(nameof(BrokenFixtures))]
    public void A_failed_build_leaves_the_previous_site_untouched(string fixture)
    {
        using var temp = new TempFolder();
        var output = temp["public"];
        Assert.Equal(0, Caselib.Build(Path.Combine(RepoPaths.Fixture("tiny"), "cases"), output).ExitCode);
        var before = Snapshot(output);

        var outcome = Caselib.Build(Path.Combine(RepoPaths.Fixture(fixture), "cases"), output);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(before, Snapshot(output));
        Assert.Equal(["public"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void GitHub_format_adds_workflow_annotations()
    {
        var outcome = Caselib.Check(Path.Combine(RepoPaths.Fixture("broken-links"), "cases"), null, "--format", "github");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("::error file=tests/fixtures/broken-links/cases/linking-case/en.md,line=11,col=28,title=CL0520::there is no case", outcome.Stdout);
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
