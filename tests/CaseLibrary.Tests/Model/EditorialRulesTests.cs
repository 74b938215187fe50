using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Model;

/// <summary>
/// Editorial rules are check diagnostics a contributor can read and fix, switched on by library.yaml's
/// <c>minimum_words</c>; tests of the real library's content would fail a contributor's pull request instead.
/// </summary>
public sealed class EditorialRulesTests
{
    private static readonly string LongBody = "## Context\n\n" + string.Join(' ', Enumerable.Repeat("word", 120)) + "\n";
    private const string Complete = "learning_objectives: [Name the steps.]\ndiscussion_questions: [What would you change?]";

    [Fact]
    public void A_library_that_sets_minimum_words_warns_about_a_short_case_without_objectives_or_questions()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("short-case/en.md", MiniLibrary.Case()));
        temp.Write("cases/library.yaml", MiniLibrary.LibraryYaml + "\nminimum_words: 100\n");

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            [
                "cases/short-case/en.md(1,1): warning CL0160: this case has no learning objectives: add 'learning_objectives:' to the front matter with two to four things a reader will be able to do after studying it",
                "cases/short-case/en.md(1,1): warning CL0161: this case has no discussion questions: add 'discussion_questions:' to the front matter with two to four open questions for a group",
                "cases/short-case/en.md(1,1): warning CL0162: the text of this case has 2 words; this library asks for at least 100 (the context, what happened and the outcome) to be discussed",
            ],
            outcome.DiagnosticLines);
    }

    /// <summary>A key written with nothing under it is pointed at, and not told to be added (a contributor's review).</summary>
    [Theory]
    [InlineData("learning_objectives: []\ndiscussion_questions:")]
    [InlineData("learning_objectives:\ndiscussion_questions: []")]
    public void A_key_with_no_item_is_pointed_at(string keys)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("short-case/en.md", MiniLibrary.Case(extra: keys, body: LongBody)));
        temp.Write("cases/library.yaml", MiniLibrary.LibraryYaml + "\nminimum_words: 100\n");

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            [
                "cases/short-case/en.md(8,1): warning CL0160: 'learning_objectives' has no item: write two to four things a reader will be able to do after studying it, each on its own line under it, starting with '  - '",
                "cases/short-case/en.md(9,1): warning CL0161: 'discussion_questions' has no item: write two to four open questions for a group, each on its own line under it, starting with '  - '",
            ],
            outcome.DiagnosticLines);
    }

    [Fact]
    public void A_complete_case_drafts_and_translations_get_no_editorial_warning()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp,
            ("full-case/en.md", MiniLibrary.Case(title: "Full case", extra: Complete, body: LongBody)),
            ("full-case/it.md", MiniLibrary.Case(title: "Caso completo", extra: "translators: [ann-smith]")),
            ("draft-case/en.md", MiniLibrary.Case(extra: "draft: true")));
        temp.Write("cases/library.yaml", MiniLibrary.LibraryYaml + "\nminimum_words: 100\n");

        var outcome = Caselib.Check(cases, temp.Path, "--drafts");

        Assert.True(outcome.ExitCode == 0 && outcome.DiagnosticLines.Count == 0, outcome.Stderr);
    }

    [Fact]
    public void Without_minimum_words_the_library_has_no_editorial_rules()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("short-case/en.md", MiniLibrary.Case()));

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.True(outcome.ExitCode == 0 && outcome.DiagnosticLines.Count == 0, outcome.Stderr);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("many")]
    [InlineData("-5")]
    [InlineData("1.5")]
    public void Minimum_words_must_be_a_whole_number(string value)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("short-case/en.md", MiniLibrary.Case()));
        temp.Write("cases/library.yaml", MiniLibrary.LibraryYaml + $"\nminimum_words: {value}\n");

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.DiagnosticLines);
        Assert.Equal($"cases/library.yaml(5,16): error CL0104: 'minimum_words' must be a whole number from 1, such as 800, not '{value}'", line);
    }
}
