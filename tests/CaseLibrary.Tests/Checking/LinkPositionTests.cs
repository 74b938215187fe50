using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Checking;

/// <summary>
/// A broken link is reported where its parser found it: Markdig's position of the address in a case body (in the link,
/// or in its reference definition), the literal href of a template; the check itself never searches a source's text,
/// so an address also mentioned in the prose, escaped on the page, or written on another line is still found exactly.
/// </summary>
public sealed class LinkPositionTests : IDisposable
{
    private const string Case = "cases/a-case/en.md";
    private readonly TempFolder _temp = new();

    /// <summary>The body starts on line 10 of <see cref="MiniLibrary.Case"/>.</summary>
    private IReadOnlyList<string> Check(string body, params (string Path, string Text)[] others)
    {
        var cases = MiniLibrary.Write(_temp, [("a-case/en.md", MiniLibrary.Case(body: body)), .. others]);
        var outcome = Caselib.Check(cases, _temp.Path);
        Assert.Equal(1, outcome.ExitCode);
        return outcome.DiagnosticLines;
    }

    [Fact]
    public void An_address_also_named_in_the_prose_is_reported_at_the_link()
    {
        var lines = Check("## Context\n\nThe file missing.png is not here: ![A chart](missing.png).\n");
        Assert.Equal([$"{Case}(12,46): error CL0601: broken link 'missing.png' on en/cases/a-case/index.html: no such page or file"], lines);
    }

    [Fact]
    public void A_reference_link_is_reported_at_its_definition()
    {
        var lines = Check("## Context\n\nSee [the report][r] and [again][r].\n\n[r]: report.pdf\n");
        Assert.Equal([$"{Case}(14,6): error CL0601: broken link 'report.pdf' on en/cases/a-case/index.html: no such page or file"], lines);
    }

    [Fact]
    public void An_address_the_page_escapes_is_reported_where_it_is_written()
    {
        var lines = Check("## Context\n\nSee [the report](rapport-été.pdf).\n");
        Assert.Equal([$"{Case}(12,18): error CL0601: broken link 'rapport-%C3%A9t%C3%A9.pdf' on en/cases/a-case/index.html: no such page or file"], lines);
    }

    [Fact]
    public void A_link_whose_text_runs_over_two_lines_is_reported_on_the_line_of_its_address()
    {
        var lines = Check("## Context\n\nSee [the other\ncase](../no-such-case/) and [the\nreport](report.pdf).\n");
        Assert.Equal(
        [
            $"{Case}(13,7): error CL0520: there is no case 'no-such-case': to link to another case, write ../case-id/ with the name of its folder under cases/, for example ../case-id/",
            $"{Case}(14,9): error CL0601: broken link 'report.pdf' on en/cases/a-case/index.html: no such page or file",
        ], lines);
    }

    [Fact]
    public void A_missing_section_of_another_case_is_reported_at_its_hash()
    {
        var lines = Check("## Context\n\nSee [it](../other-case/#nowhere).\n", ("other-case/en.md", MiniLibrary.Case(title: "Other case")));
        Assert.Equal([$"{Case}(12,24): error CL0601: broken link '../other-case/#nowhere' on en/cases/a-case/index.html: no element with id 'nowhere' on that page"], lines);
    }

    [Fact]
    public void A_broken_link_in_teaching_notes_is_reported_where_the_notes_write_it()
    {
        var lines = Check("## Context\n\nText.\n", ("a-case/en.notes.md", "---\ntitle: Notes\n---\n## Preparation\n\nShow [the slides](slides.pdf) first.\n"));
        Assert.Equal(["cases/a-case/en.notes.md(6,19): error CL0601: broken link 'slides.pdf' (on the page '../slides.pdf') on en/cases/a-case/notes/index.html: no such page or file"], lines);
    }

    [Fact]
    public void A_literal_address_in_a_template_is_reported_in_the_template()
    {
        var theme = _temp["theme"];
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(theme, Path.GetRelativePath(RepoPaths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var home = Path.Combine(theme, "layouts", "home.html");
        File.WriteAllText(home, "{{ if true }}<p>Read <a class=\"x\" href='no-such-page/'>this</a></p>{{ end }}\n" + File.ReadAllText(home));
        var cases = MiniLibrary.Write(_temp, ("a-case/en.md", MiniLibrary.Case()));

        var outcome = Caselib.Run(_temp.Path, "check", "--source", cases, "--theme", theme);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(["theme/layouts/home.html(1,41): error CL0601: broken link 'no-such-page/' on en/index.html and 1 other page(s): no such page or file"], outcome.DiagnosticLines);
    }

    public void Dispose() => _temp.Dispose();
}
