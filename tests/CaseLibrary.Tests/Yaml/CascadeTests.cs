using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Yaml;

/// <summary>
/// One slip in a data file gives one message, however many cases refer to it (the review found 76 for a tab in
/// authors.yaml), and a real unknown id is still reported when the data file is fine.
/// </summary>
public sealed class CascadeTests
{
    private const int CaseCount = 6;

    private static (string, string)[] Cases() =>
        [.. Enumerable.Range(1, CaseCount).SelectMany(i => new[]
        {
            ($"case-{i}/en.md", MiniLibrary.Case(title: $"Case {i}", extra: "translators: [ann-smith]")),
            ($"case-{i}/it.md", MiniLibrary.Case(title: $"Caso {i}")),
            ($"case-{i}/it.notes.md", "Notes.\n"),
        })];

    public static TheoryData<string, string, string> BrokenDataFiles() => new()
    {
        { "authors.yaml", "ann-smith:\n\tname: Ann Smith\n", "cases/authors.yaml(2,1): error YAML008:" },
        { "authors.yaml", "ann-smith:\n  name: Ann Smith\nann-smith:\n  name: Ann Smyth\n", "cases/authors.yaml(3,1): error YAML007:" },
        { "authors.yaml", "ann-smith:\nname: Ann Smith\n", "cases/authors.yaml(2,1): error CL0181:" },
        { "authors.yaml", "ann-smith:\n  organisation: No name here\n", "cases/authors.yaml(2,3): error CL0102:" },
        { "authors.yaml", "ann-smith:\n  name: 'Ann O'Brien'\n", "cases/authors.yaml(2,15): error YAML014:" },
        { "authors.yaml", "- ann-smith\n", "cases/authors.yaml(1,1): error CL0104:" },
        { "competences.yaml", "listening:\n  number: 1\n  name: {en: Listening, it: Ascolto\n", "cases/competences.yaml(3,9): error YAML019:" },
        { "competences.yaml", "listening:\n  number: one\n  name: {en: Listening, it: Ascolto}\n", "cases/competences.yaml(2,11): error CL0104:" },
        { "competences.yaml", "listening:\n number: 1\n  name: Listening\n", "cases/competences.yaml(3,3): error YAML020:" },
        { "library.yaml", "title: {en: Mini, it: Mini IT}\nlanguages: [en, itt]\nbase_url: https://example.org/\n", "cases/library.yaml(2,17): error CL0107:" },
        { "library.yaml", "title: Mini: the library\nlanguages: [en, it]\n", "cases/library.yaml(1,12): error YAML013:" },
    };

    [Theory]
    [MemberData(nameof(BrokenDataFiles))]
    public void A_broken_data_file_is_reported_once_and_nothing_that_follows_from_it(string file, string text, string expected)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, [.. Cases(), (file, text)]);

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.DiagnosticLines);
        Assert.StartsWith(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_ids_and_languages_are_still_reported_when_the_data_files_are_fine()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp,
            ("a-case/en.md", MiniLibrary.Case(extra: "translators: [ann-smth]").Replace("[listening]", "[listning]", StringComparison.Ordinal)),
            ("a-case/fr.md", MiniLibrary.Case(title: "Un cas")),
            ("a-case/de.notes.md", "Notes.\n"));

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.Equal(
        [
            "cases/a-case/de.notes.md(1,1): error CL0141: teaching notes for 'de' but the case has no 'de' version: add de.md beside it, or rename the notes",
            "cases/a-case/en.md(5,15): error CL0132: unknown competence 'listning': it is not in competences.yaml (did you mean 'listening'?)",
            "cases/a-case/en.md(8,15): error CL0133: unknown author 'ann-smth': it is not in authors.yaml (did you mean 'ann-smith'?)",
            "cases/a-case/fr.md(1,1): error CL0130: 'fr' is not a site language (en, it); rename the file or add the language to library.yaml",
        ], outcome.DiagnosticLines);
    }

    [Fact]
    public void A_broken_front_matter_is_reported_once_for_its_file()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp,
            ("a-case/en.md", MiniLibrary.Case(title: "x\" broken: \"y")),
            ("a-case/it.md", MiniLibrary.Case(extra: "translators: [ann-smith]")),
            ("a-case/en.notes.md", "Notes.\n"));

        var outcome = Caselib.Check(cases, temp.Path);

        var line = Assert.Single(outcome.DiagnosticLines);
        Assert.StartsWith("cases/a-case/en.md(2,10): error YAML015:", line, StringComparison.Ordinal);
    }
}
