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

    /// <summary>
    /// A full address under the site's own is a warning when the build makes no such file (the host may serve more), but
    /// it says what is wrong as a relative link would: the name in the wrong case, or the folder without its '/'. An id
    /// missing from a page the build makes is an error: the host cannot add it. Such addresses mean the same on every
    /// page, so the check resolves each once; the findings are the same for every source that writes them.
    /// </summary>
    [Fact]
    public void A_full_address_on_the_site_says_what_is_wrong()
    {
        using var temp = new TempFolder();
        var body = "## Context\n\nSee [steps](https://example.org/en/cases/a-case/Diagram.PNG), [the case](https://example.org/en/cases/a-case) "
            + "and [its results](https://example.org/en/cases/a-case/#resultz).\n\n## Results\n\nDone.\n";
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case(body: body)), ("b-case/en.md", MiniLibrary.Case(title: "Another case", body: body)));
        File.Copy(RepoPaths.Fixture("tiny/cases/alpha-case/diagram.png"), Path.Combine(cases, "a-case", "diagram.png"));

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.Equal(1, outcome.ExitCode);
        string[] expected = [];
        foreach (var source in new[] { "a-case", "b-case" })
        {
            expected =
            [
                .. expected,
                $"cases/{source}/en.md(12,13): warning CL0602: link 'https://example.org/en/cases/a-case/Diagram.PNG' on en/cases/{source}/index.html is under the site's address but the build makes no such page or file; the site has 'diagram.png': a link must write the name in the same upper and lower case; if the host serves it from elsewhere this is fine, otherwise fix the address or write it as a relative link",
                $"cases/{source}/en.md(12,74): warning CL0602: link 'https://example.org/en/cases/a-case' on en/cases/{source}/index.html is under the site's address but the build makes it only as a folder: add a trailing '/' to the address; if the host serves it from elsewhere this is fine, otherwise fix the address or write it as a relative link",
                $"cases/{source}/en.md(12,165): error CL0601: broken link 'https://example.org/en/cases/a-case/#resultz' on en/cases/{source}/index.html: no element with id 'resultz' on that page (did you mean 'results'?)",
            ];
        }
        Assert.Equal(expected.Order(StringComparer.Ordinal), outcome.DiagnosticLines.Where(l => l.Contains("CL060", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
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
