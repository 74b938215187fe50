using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Checking;

/// <summary>
/// A broken link says what the contributor most likely meant (a contributor's review): a web address written without
/// https:// is read as a file of the site, a picture named in another case than its file, an anchor one letter off.
/// </summary>
public sealed class LinkHintTests
{
    [Fact]
    public void A_broken_link_names_the_likely_fix()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case(
            body: "## Context\n\nSee [the portal](www.example.org/jobs), ![steps](Diagram.PNG) and [results](#resultz).\n\n## Results\n\nDone.\n")));
        File.Copy(RepoPaths.Fixture("tiny/cases/alpha-case/diagram.png"), Path.Combine(cases, "a-case", "diagram.png"));

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
        [
            "cases/a-case/en.md(12,18): error CL0601: broken link 'www.example.org/jobs' on en/cases/a-case/index.html: no such page or file: a web address needs https:// in front, as in https://www.example.org/jobs",
            "cases/a-case/en.md(12,50): error CL0601: broken link 'Diagram.PNG' on en/cases/a-case/index.html: no such page or file; the site has 'diagram.png': a link must write the name in the same upper and lower case",
            "cases/a-case/en.md(12,77): error CL0601: broken link '#resultz' on en/cases/a-case/index.html: no element with id 'resultz' on that page (did you mean 'results'?)",
        ], outcome.DiagnosticLines.Where(l => l.Contains("CL0601", StringComparison.Ordinal)));
    }

    /// <summary>Teaching notes sit a folder below their case, so their page has '../' before a relative address: the
    /// message named that address, which the contributor never wrote (a contributor's review).</summary>
    [Fact]
    public void A_broken_picture_in_teaching_notes_is_named_as_written()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp,
            ("a-case/en.md", MiniLibrary.Case()),
            ("a-case/en.notes.md", "## Using the case\n\n![steps](missing.png)\n"));

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            ["cases/a-case/en.notes.md(3,10): error CL0601: broken link 'missing.png' (on the page '../missing.png') on en/cases/a-case/notes/index.html: no such page or file"],
            outcome.DiagnosticLines.Where(l => l.Contains("CL0601", StringComparison.Ordinal)));
    }
}
