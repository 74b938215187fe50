using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Contributing;

/// <summary>
/// Mistakes that used to pass <c>check</c> and be published wrong, one at a time in a small library: every diagnostic of
/// the run (file, line, column, code, message), so their count is pinned and a cascade cannot come back; and the exit code.
/// </summary>
public sealed class SilentMistakeTests
{
    private const string Case = "cases/one-case/en.md";
    private const string Italian = "cases/one-case/it.md";
    private const string Notes = "cases/one-case/en.notes.md";

    private static (string, string) CaseWith(string line, string replacement) =>
        ("one-case/en.md", Replace(MiniLibrary.Case(), line, replacement));

    private static (string, string) CaseWithBody(string body) => ("one-case/en.md", MiniLibrary.Case(body: body));

    private static (string, string) CaseWithExtra(string extra) => ("one-case/en.md", MiniLibrary.Case(extra: extra));

    private static (string, string) Other(string id, string extra = "", string title = "Other case") => ($"{id}/en.md", MiniLibrary.Case(title: title, extra: extra));

    private static string Replace(string text, string line, string replacement)
    {
        Assert.Contains(line, text);
        return text.Replace(line, replacement, StringComparison.Ordinal);
    }

    public static TheoryData<string, (string Path, string Text)[], string[]> Mistakes() => new()
    {
        {
            "a straight quote closing a curly one", [CaseWith("title: \"A case\"", "title: “Peer mentors\"")],
            [$"{Case}(2,8): warning YAML012: 'title' starts with “ and ends with \": one of the quotes is a curly quote (as Word types them), so both are published as part of the text: type straight double quotes at both ends, for example title: \"Peer mentors\""]
        },
        {
            "a curly quote closing a straight one", [CaseWith("title: \"A case\"", "title: \"Peer mentors”")],
            [$"{Case}(2,8): error YAML018: the quote (\") that opens 'title' is never closed: add \" at the end of the value (the ” at its end is a curly quote, as Word types it: type a straight \" in its place)"]
        },
        {
            "a list item indented one space too far", [CaseWithExtra("tags:\n  - one\n   - two")],
            [$"{Case}(10,4): error CL0175: this '- ' line is indented further than the item above it, so YAML reads it as more words of the item above instead of a new item: start the '-' in the same column as the '-' of the line above"]
        },
        {
            "a picture with a space in its file name", [CaseWithBody("## Context\n\n![The timeline](mentoring timeline.png)\n"), ("one-case/mentoring-timeline.png", "x")],
            [$"{Case}(12,1): error CL0176: this picture is published as plain text because its file name 'mentoring timeline.png' contains a space: rename the file without spaces and write ![The timeline](mentoring-timeline.png)"]
        },
        {
            "a link with a space in its address", [CaseWithBody("## Context\n\nSee [the other case](../other case/) too.\n")],
            [$"{Case}(12,5): error CL0176: this link is published as plain text because its address '../other case/' contains a space: write the address without spaces (a space in a web address is written %20)"]
        },
        {
            "a footnote with no note", [CaseWithBody("## Context\n\nAs reported[^9].\n")],
            [$"{Case}(12,12): warning CL0176: the footnote [^9] has no note, so it is published as the text '[^9]': add a line '[^9]: the text of the note' at the end, or remove the reference"]
        },
        {
            "a picture with no description", [CaseWithBody("## Context\n\n![](timeline.png)\n"), ("one-case/timeline.png", "x")],
            [$"{Case}(12,1): warning CL0177: this picture has no description: write what it shows between the brackets, for example ![A timeline of the six sessions](timeline.png)"]
        },
        {
            "an empty body", [CaseWithBody("")],
            [$"{Case}(9,1): error CL0172: the case has no text below the front matter, so its page would be empty: write the case in Markdown after the closing '---' line (sections start with ## and a heading)"]
        },
        {
            "headings and no text", [CaseWithBody("## Context\n\n## Outcomes\n")],
            [$"{Case}(9,1): error CL0172: the case has no text below the front matter, so its page would be empty: write the case in Markdown after the closing '---' line (sections start with ## and a heading)"]
        },
        {
            "an empty draft is only a warning", [("one-case/en.md", MiniLibrary.Case(extra: "draft: true", body: ""))],
            [$"{Case}(9,1): warning CL0172: the case has no text below the front matter, so its page would be empty: write the case in Markdown after the closing '---' line (sections start with ## and a heading)"]
        },
        {
            "a summary far over three sentences", [CaseWith("summary: A summary.", "summary: One. Two happened. Then three. Then four. Then five. And six.")],
            [$"{Case}(3,10): warning CL0173: the summary has 6 sentence(s) and 61 characters; it shows on every list of cases, so keep it to one to three sentences (under 700 characters) and move the rest into the text of the case"]
        },
        {
            "the same tag twice, capitals aside", [CaseWithExtra("tags: [mentoring, Mentoring]")],
            [$"{Case}(8,19): warning CL0138: tag 'Mentoring' is listed twice (capitals aside): keep it once"]
        },
        {
            "Markdown bold in the summary", [CaseWith("summary: A summary.", "summary: A **peer** group for new advisers.")],
            [$"{Case}(3,10): warning CL0179: 'summary' is plain text, so the Markdown in it (**peer**) would be shown as typed, marks and all: write it without the marks"]
        },
        {
            "a Markdown link in a learning objective", [CaseWithExtra("learning_objectives:\n  - Use [the guide](https://example.org/guide) with a client")],
            [$"{Case}(9,5): warning CL0179: each item of 'learning_objectives' is plain text, so the Markdown in it ([the guide](https://example.org/guide)) would be shown as typed, marks and all: write it without the marks (put the link in the text of the case instead)"]
        },
        {
            "code marks in a title", [CaseWith("title: \"A case\"", "title: \"The `intake` form\"")],
            [$"{Case}(2,8): warning CL0179: 'title' is plain text, so the Markdown in it (`intake`) would be shown as typed, marks and all: write it without the marks"]
        },
        {
            "a lone asterisk or a product is not Markdown", [CaseWith("title: \"A case\"", "title: \"Groups of 3 * 4 and a note*\"")],
            []
        },
        {
            "a translation with no original", [CaseWithExtra("translators: [ann-smith]")],
            [$"{Case}(8,15): warning CL0171: this version names translators, but there is no other version of the case, so there is no original to translate from: remove 'translators' from the version written first (the original), or add the original beside it"]
        },
        {
            "every version has translators", [CaseWithExtra("translators: [ann-smith]"), ("one-case/it.md", MiniLibrary.Case(title: "Un caso", extra: "translators: [ann-smith]"))],
            [$"{Case}(8,15): warning CL0171: this version names translators, but every version of the case (en.md, it.md) has 'translators', so there is no original to translate from: remove 'translators' from the version written first (the original), or add the original beside it"]
        },
        {
            "a translation left untranslated", [CaseWithExtra(""), ("one-case/it.md", MiniLibrary.Case(extra: "translators: [ann-smith]"))],
            [$"{Italian}(2,8): warning CL0178: the title and summary are the same as the original's (en.md), so this version looks untranslated: translate the title, summary and text into 'it'"]
        },
        {
            "a case folder copied twice", [CaseWithExtra(""), ("one-case-copy/en.md", MiniLibrary.Case())],
            ["cases/one-case-copy/en.md(2,8): warning CL0174: case 'one-case-copy' has the same title in 'en' as case 'one-case', so the library would list two cases with one name: if you copied 'one-case' to start a new case, give this one its own title and text; if the folder is a copy by mistake, delete it"]
        },
        {
            "the scaffold's example values in a published case",
            [("one-case/en.md", MiniLibrary.Case(title: "Replace with the title of your case", extra: "tags: [first keyword, real]", body: "## Context\n\nReplace this paragraph. Where and when?\n"))],
            [
                $"{Case}(2,8): error CL0170: 'title' is still the example written by 'caselib new': write your own text in its place",
                $"{Case}(8,8): error CL0170: this item of 'tags' is still the example written by 'caselib new': write your own, or delete the line",
                $"{Case}(12,1): error CL0170: this paragraph is still the example written by 'caselib new': write your own text, or delete the paragraph",
            ]
        },
        {
            "the scaffold's example id", [CaseWith("authors: [ann-smith]", "authors: [your-id]")],
            [$"{Case}(6,11): error CL0170: the id 'your-id' is still the example written by 'caselib new': put your own id from authors.yaml in its place (if you are not in authors.yaml yet, add yourself there first)"]
        },
        {
            "a draft with example values gets one warning", [("one-case/en.md", MiniLibrary.Case(title: "Replace with the title of your case", extra: "authors: [your-id]\ndraft: true").Replace("authors: [ann-smith]\n", ""))],
            [$"{Case}(2,8): warning CL0170: this draft still has 2 example value(s) written by 'caselib new', the first here ('title'): replace each one before you remove 'draft: true'"]
        },
        {
            "a comment cuts a value in the teaching notes", [CaseWithExtra(""), ("one-case/en.notes.md", "---\ntitle: Session #1 plan\n---\nNotes.\n")],
            [$"{Notes}(2,16): error YAML010: everything from ' #' on is read as a comment and left out, so 'title' would be 'Session': if the # is part of the text, put the whole value in double quotes, for example title: \"Session #1 plan\"; if it is a comment, put it on a line of its own"]
        },
        {
            "curly quotes in the teaching notes", [CaseWithExtra(""), ("one-case/en.notes.md", "---\ntitle: “Session plan”\n---\nNotes.\n")],
            [$"{Notes}(2,8): warning YAML012: 'title' is wrapped in curly quotes (“…”), which are published as part of the text: if they were meant as quotes around the value, type straight double quotes instead, for example title: \"Session plan\""]
        },
        {
            "a picture with a space in the teaching notes", [CaseWithExtra(""), ("one-case/en.notes.md", "Notes.\n\n![Plan](session plan.png)\n")],
            [$"{Notes}(3,1): error CL0176: this picture is published as plain text because its file name 'session plan.png' contains a space: rename the file without spaces and write ![Plan](session-plan.png)"]
        },
        {
            "a link to a misspelled case", [CaseWithBody("## Context\n\nSee [it](../other-cse/).\n"), Other("other-case")],
            [$"{Case}(12,10): error CL0520: there is no case 'other-cse' (did you mean 'other-case'?): to link to another case, write ../case-id/ with the name of its folder under cases/, for example ../other-case/"]
        },
        {
            "a link to a misspelled case as GitHub shows it", [CaseWithBody("## Context\n\nSee [it](../other-cse/en.md#context).\n"), Other("other-case")],
            [$"{Case}(12,10): error CL0520: there is no case 'other-cse' (did you mean 'other-case'?): to link to another case, write ../case-id/ with the name of its folder under cases/, for example ../other-case/"]
        },
        {
            "a link to a case without ../", [CaseWithBody("## Context\n\nSee [it](other-case).\n"), Other("other-case")],
            [$"{Case}(12,10): error CL0522: a link to another case starts with ../ (the case's folder is beside this one): write ../other-case/ (it works on GitHub and on the site)"]
        },
        {
            "a published case linking to a draft", [CaseWithBody("## Context\n\nSee [it](../other-case/).\n"), Other("other-case", "draft: true")],
            [$"{Case}(12,10): error CL0521: the case 'other-case' is still a draft, so it is not published and this link would lead nowhere: link to it once it is published (when 'draft: true' is removed from it)"]
        },
        {
            "a link to a missing heading as GitHub shows it is still checked", [CaseWithBody("## Context\n\nSee [it](../other-case/en.md#nowhere).\n"), Other("other-case")],
            [$"{Case}(12,29): error CL0601: broken link '../other-case/#nowhere' on en/cases/one-case/index.html: no element with id 'nowhere' on that page"]
        },
        {
            "a broken link in a draft is found by check", [CaseWithBody("## Context\n\nSee [it](../other-cse/).\n").Item2 is var text ? ("one-case/en.md", text.Replace("date: 2024-01-02", "date: 2024-01-02\ndraft: true")) : default],
            [$"{Case}(13,10): error CL0520: there is no case 'other-cse': to link to another case, write ../case-id/ with the name of its folder under cases/, for example ../case-id/"]
        },
        {
            "a link to a missing case is reported with an unknown competence in the same run",
            [CaseWithBody("## Context\n\nSee [it](../other-cse/).\n"), ("other-case/en.md", MiniLibrary.Case(title: "Other case").Replace("[listening]", "[listning]"))],
            [
                $"{Case}(12,10): error CL0520: there is no case 'other-cse' (did you mean 'other-case'?): to link to another case, write ../case-id/ with the name of its folder under cases/, for example ../other-case/",
                "cases/other-case/en.md(5,15): error CL0132: unknown competence 'listning': it is not in competences.yaml (did you mean 'listening'?)",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_mistake_gets_one_message_with_the_fix_at_its_position(string mistake, (string Path, string Text)[] files, string[] expected) =>
        MiniLibrary.AssertCheckReports(mistake, files, expected);
}
