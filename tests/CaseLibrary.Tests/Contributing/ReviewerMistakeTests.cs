using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Contributing;

/// <summary>
/// Mistakes a reviewer found to be answered with the wrong advice or not at all: a '---' line typed as a long dash (a word
/// processor's autocorrect) or as four hyphens, a heading typed without the space after its hashes, and an unknown id in
/// the original that made every correct translation "differ". Every diagnostic of the run is pinned, so a cascade
/// cannot come back.
/// </summary>
public sealed class ReviewerMistakeTests
{
    private const string Case = "cases/one-case/en.md";
    private const string Notes = "cases/one-case/en.notes.md";

    private const string Close = "this line should be exactly three hyphens '---' to close the front matter, but it is";
    private const string Open = "this line should be exactly three hyphens '---' to open the front matter, but it is";
    private const string Retype = "replace the line with --- (three hyphens typed on the keyboard; a word processor may turn them into a long dash again, so edit the file in a plain text editor)";

    private static string Replace(string text, string line, string replacement)
    {
        Assert.Contains(line, text);
        return text.Replace(line, replacement, StringComparison.Ordinal);
    }

    private static (string, string) WithClosingLine(string line) =>
        ("one-case/en.md", Replace(MiniLibrary.Case(), "\n---\n## Context", $"\n{line}\n## Context"));

    private static (string, string) WithBody(string body) => ("one-case/en.md", MiniLibrary.Case(body: body));

    /// <summary>An Italian translation of <see cref="MiniLibrary.Case"/> with the ids as they should be.</summary>
    private static readonly (string, string) Translation = ("one-case/it.md", MiniLibrary.Case(title: "Un caso", extra: "translators: [ann-smith]"));

    private static (string, string) OriginalWith(string line, string replacement) =>
        ("one-case/en.md", Replace(MiniLibrary.Case(), line, replacement));

    public static TheoryData<string, (string Path, string Text)[], string[]> Mistakes() => new()
    {
        {
            "the closing --- typed as a long dash", [WithClosingLine("—")],
            [$"{Case}(9,1): error CL0112: {Close} a long dash (—): {Retype}"]
        },
        {
            "the closing --- typed as a dash", [WithClosingLine("–")],
            [$"{Case}(9,1): error CL0112: {Close} a dash (–) that is not a hyphen: {Retype}"]
        },
        {
            "the closing --- typed as four hyphens", [WithClosingLine("---- ")],
            [$"{Case}(9,1): error CL0112: {Close} four hyphens: replace the line with ---"]
        },
        {
            "the closing --- typed with spaces", [WithClosingLine("- - -")],
            [$"{Case}(9,1): error CL0112: {Close} hyphens with spaces between them: replace the line with ---"]
        },
        {
            "the closing --- typed as a long dash, above a paragraph that starts like a field", [("one-case/en.md", Replace(MiniLibrary.Case(body: "Note: a paragraph.\n\n## Context\n\nText.\n"), "\n---\nNote", "\n—\nNote"))],
            [$"{Case}(9,1): error CL0112: {Close} a long dash (—): {Retype}"]
        },
        {
            "the opening --- typed as a long dash", [("one-case/en.md", "—" + MiniLibrary.Case()[3..])],
            [$"{Case}(1,1): error CL0111: {Open} a long dash (—): {Retype}"]
        },
        {
            "both lines of the teaching notes' front matter typed as long dashes",
            [("one-case/en.md", MiniLibrary.Case()), ("one-case/en.notes.md", "—\ntitle: Session plan\n—\n\nNotes.\n")],
            [$"{Notes}(1,1): error CL0111: {Open} a long dash (—): {Retype}", $"{Notes}(3,1): error CL0112: {Close} a long dash (—): {Retype}"]
        },
        {
            "a line of four hyphens in the text is a break, not a front matter line", [WithBody("## Context\n\nText.\n\n----\n\nMore text.\n")],
            []
        },
        {
            "a heading without the space after its hashes", [WithBody("##Tilanne ja haaste\n\nText.\n")],
            [$"{Case}(10,1): warning CL0176: this line is published as ordinary text with the '##' showing, not as a heading, because there is no space after the '##': to make it a heading, put a space after the '#'s and write ## Tilanne ja haaste"]
        },
        {
            "an indented level-3 heading without the space, below a paragraph", [WithBody("## Context\n\nText.\n   ###Results\n")],
            [$"{Case}(13,4): warning CL0176: this line is published as ordinary text with the '###' showing, not as a heading, because there is no space after the '###': to make it a heading, put a space after the '#'s and write ### Results"]
        },
        {
            "hashes in a code block, a hashtag and seven hashes are not headings", [WithBody("## Context\n\n#metoo was the word.\n\n```\n##NotAHeading\n```\n\n#######Seven\n")],
            []
        },
        {
            "an unknown competence in the original, right in the translation", [OriginalWith("[listening]", "[listenng]"), Translation],
            [$"{Case}(5,15): error CL0132: unknown competence 'listenng': it is not in competences.yaml (did you mean 'listening'?)"]
        },
        {
            "an unknown country in the original, right in the translation", [OriginalWith("country: IE", "country: UK"), Translation],
            [$"{Case}(4,10): error CL0131: 'UK' is not an ISO 3166-1 alpha-2 country code (did you mean 'GB'?)"]
        },
        {
            "an unknown author in the original, right in the translation", [OriginalWith("[ann-smith]", "[ann-smth]"), Translation],
            [$"{Case}(6,11): error CL0133: unknown author 'ann-smth': it is not in authors.yaml (did you mean 'ann-smith'?)"]
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_mistake_gets_one_message_with_a_fix_that_works(string mistake, (string Path, string Text)[] files, string[] expected) =>
        MiniLibrary.AssertCheckReports(mistake, files, expected);
}
