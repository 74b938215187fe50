using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Checking;

/// <summary>
/// Sections a reader would find wrong, said where the heading is (a contributor's review: both were published without a
/// word): a heading with no text under it (CL0403), the same heading twice (CL0409). A heading with only subsections
/// under it is not empty, and a body of headings alone is the one error it already was.
/// </summary>
public sealed class SectionShapeTests
{
    [Fact]
    public void An_empty_section_and_a_repeated_heading_are_warnings_at_the_heading()
    {
        MiniLibrary.AssertCheckReports("empty and repeated sections", [("a-case/en.md", MiniLibrary.Case(
            body: "## Context\n\nText.\n\n## Results\n\n## Reflection\n\n### First\n\nMore.\n\n## Context\n\nAgain.\n\n## Last\n"))],
        [
            "cases/a-case/en.md(14,1): warning CL0403: the section 'Results' has no text before the next heading: write its text under it, or remove the heading",
            "cases/a-case/en.md(22,1): warning CL0409: this heading repeats the one on line 10 ('Context'), so the page and its contents list two sections with one name: merge the two sections, or give this one a heading of its own",
            "cases/a-case/en.md(26,1): warning CL0403: the section 'Last' has no text: write its text under it, or remove the heading",
        ]);
    }
}
