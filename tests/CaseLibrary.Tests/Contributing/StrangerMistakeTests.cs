using System.Text;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Contributing;

/// <summary>
/// Mistakes found by trying the contributor journey as a stranger, one at a time in a small library: a case file
/// misnamed or not saved as UTF-8 (one message, not a cascade about its notes and translations), the lines around the
/// front matter, dates and quoted booleans, and Markdown that would be published as something else. Every diagnostic
/// of the run is pinned (file, line, column, code, message, and so their count), and the exit code.
/// </summary>
public sealed class StrangerMistakeTests
{
    private const string Case = "cases/one-case/en.md";

    private static (string, string) CaseWith(string line, string replacement) =>
        ("one-case/en.md", Replace(MiniLibrary.Case(), line, replacement));

    private static (string, string) CaseWithBody(string body) => ("one-case/en.md", MiniLibrary.Case(body: body));

    /// <summary>Notes and an Italian translation beside the English version, which would be orphaned if it did not count.</summary>
    private static readonly (string, string)[] Companions =
    [
        ("one-case/en.notes.md", "Notes.\n"),
        ("one-case/it.md", MiniLibrary.Case(title: "Un caso", extra: "translators: [ann-smith]")),
    ];

    private static string Replace(string text, string line, string replacement)
    {
        Assert.Contains(line, text);
        return text.Replace(line, replacement, StringComparison.Ordinal);
    }

    public static TheoryData<string, (string Path, string Text)[], string[]> Mistakes() => new()
    {
        {
            "a case file named in capitals", [("one-case/EN.md", MiniLibrary.Case()), .. Companions],
            ["cases/one-case/EN.md(1,1): error CL0209: 'EN.md' must be named by its language code in lowercase: rename it to en.md"]
        },
        {
            "a case file with .MD in capitals (accepted before, while FI.md was refused)", [("one-case/en.MD", MiniLibrary.Case()), .. Companions],
            ["cases/one-case/en.MD(1,1): error CL0209: 'en.MD' must end in .md in lowercase: rename it to en.md"]
        },
        {
            "teaching notes with .MD in capitals", [("one-case/en.md", MiniLibrary.Case()), ("one-case/en.notes.MD", "Notes.\n")],
            ["cases/one-case/en.notes.MD(1,1): error CL0209: 'en.notes.MD' must be named by its language code in lowercase: rename it to en.notes.md"]
        },
        {
            "a case file saved as .markdown", [("one-case/en.markdown", MiniLibrary.Case()), .. Companions],
            ["cases/one-case/en.markdown(1,1): error CL0209: 'en.markdown' looks like the en version of the case, but case files end in .md: rename it to en.md"]
        },
        {
            "a case file saved as .md.txt", [("one-case/en.md.txt", MiniLibrary.Case()), .. Companions],
            ["cases/one-case/en.md.txt(1,1): error CL0209: 'en.md.txt' looks like the en version of the case, but case files end in .md: rename it to en.md"]
        },
        {
            "teaching notes named another way", [("one-case/en.md", MiniLibrary.Case()), ("one-case/en.note.md", "Notes.\n"), ("one-case/notes.en.md", "Notes.\n"), ("one-case/en.notes.markdown", "Notes.\n")],
            [
                "cases/one-case/en.note.md(1,1): error CL0209: 'en.note.md' looks like the en teaching notes, which are named en.notes.md: rename it to en.notes.md",
                "cases/one-case/en.notes.markdown(1,1): error CL0209: 'en.notes.markdown' looks like the en teaching notes, which are named en.notes.md: rename it to en.notes.md",
                "cases/one-case/notes.en.md(1,1): error CL0209: 'notes.en.md' looks like the en teaching notes, which are named en.notes.md: rename it to en.notes.md",
            ]
        },
        {
            "an SVG picture", [("one-case/en.md", MiniLibrary.Case()), ("one-case/Steps.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")],
            ["cases/one-case/Steps.svg(1,1): error CL0210: 'Steps.svg' is an SVG picture, which the site does not publish (an SVG file can hold scripts that would run on the page): save the picture as steps.png and use that name in the case"]
        },
        {
            "teaching notes named with a capital", [("one-case/en.md", MiniLibrary.Case()), ("one-case/En.notes.md", "Notes.\n")],
            ["cases/one-case/En.notes.md(1,1): error CL0209: 'En.notes.md' must be named by its language code in lowercase: rename it to en.notes.md"]
        },
        {
            "an empty line before the opening ---", [("one-case/en.md", "\n" + MiniLibrary.Case())],
            [$"{Case}(1,1): error CL0111: the file starts with an empty line: the '---' line that opens the front matter must be line 1, so delete the empty line above it"]
        },
        {
            "a space before the opening ---", [("one-case/en.md", " " + MiniLibrary.Case())],
            [$"{Case}(1,1): error CL0111: line 1 has space before its '---': the '---' that opens the front matter must start at the beginning of the line"]
        },
        {
            "a space after the opening --- is fine, like after the closing one", [("one-case/en.md", "--- " + MiniLibrary.Case()[3..])],
            []
        },
        {
            "no closing --- before the first heading", [CaseWith("date: 2024-01-02\n\n---\n", "date: 2024-01-02\n")],
            [$"{Case}(8,1): error CL0112: the front matter is not closed before this heading, so the text from here on would be read as front matter: add a '---' line after the front matter's last line, above this heading"]
        },
        {
            "no closing --- and a '---' line further down", [("one-case/en.md", Replace(MiniLibrary.Case(body: "## Context\n\nText.\n\n---\n\nMore text.\n"), "date: 2024-01-02\n\n---\n", "date: 2024-01-02\n"))],
            [$"{Case}(8,1): error CL0112: the front matter is not closed before this heading, so the text from here on would be read as front matter: add a '---' line after the front matter's last line, above this heading"]
        },
        {
            "a second --- right after the first", [("one-case/en.md", "---\n" + MiniLibrary.Case())],
            [$"{Case}(2,1): error CL0102: the front matter is empty: line 2 is a second '---' right after the first, so the lines below it are not read as front matter: delete one of the two '---' lines"]
        },
        {
            "teaching notes without their closing --- and a '---' line further down",
            [("one-case/en.md", MiniLibrary.Case()), ("one-case/en.notes.md", "---\ntitle: Session plan\n## Before the session\n\nText.\n\n---\n\nMore.\n")],
            ["cases/one-case/en.notes.md(3,1): error CL0112: the front matter is not closed before this heading, so the text from here on would be read as front matter: add a '---' line after the front matter's last line, above this heading"]
        },
        {
            "teaching notes with a second --- right after the first",
            [("one-case/en.md", MiniLibrary.Case()), ("one-case/en.notes.md", "---\n---\ntitle: Session plan\n---\n\nNotes.\n")],
            ["cases/one-case/en.notes.md(2,1): error CL0102: the front matter is empty: line 2 is a second '---' right after the first, so the lines below it would be published as text of the notes: delete one of the two '---' lines"]
        },
        {
            "a space after the opening --- of teaching notes is fine",
            [("one-case/en.md", MiniLibrary.Case()), ("one-case/en.notes.md", "--- \ntitle: Session plan\n---\n\nNotes.\n")],
            []
        },
        {
            "an empty front matter", [("one-case/en.md", "---\n---\n## Context\n\nText.\n")],
            [$"{Case}(2,1): error CL0102: the front matter is empty: write title, summary, country, competences, authors, date between the two '---' lines"]
        },
        {
            "draft in quotes", [CaseWith("date: 2024-01-02", "date: 2024-01-02\ndraft: \"false\"")],
            [$"{Case}(8,8): error CL0104: 'draft' must be true or false without quotes: in quotes it is a text, not a yes or no; write draft: false"]
        },
        {
            "a date with a one-digit month", [CaseWith("date: 2024-01-02", "date: 2024-1-02")],
            [$"{Case}(7,7): error CL0105: 'date' must be a date written YYYY-MM-DD, with two digits for the month and the day: write date: 2024-01-02"]
        },
        {
            "a day that does not exist", [CaseWith("date: 2024-01-02", "date: 2023-02-29")],
            [$"{Case}(7,7): error CL0105: 'date' is '2023-02-29', but February 2023 has no day 29"]
        },
        {
            "a month that does not exist", [CaseWith("date: 2024-01-02", "date: 2024-13-01")],
            [$"{Case}(7,7): error CL0105: 'date' is '2024-13-01', but there is no month 13: a date is written year-month-day (YYYY-MM-DD), for example 2026-05-12 for 12 May 2026"]
        },
        {
            "a date written day/month/year", [CaseWith("date: 2024-01-02", "date: 12/05/2026")],
            [$"{Case}(7,7): error CL0105: 'date' must be a date written YYYY-MM-DD (year-month-day), for example 2026-05-12 for 12 May 2026, not '12/05/2026'"]
        },
        {
            "a skipped heading level", [CaseWithBody("## Context\n\nText.\n\n#### The first meeting\n\nMore.\n")],
            [$"{Case}(14,1): warning CL0407: this heading is level 4 (####), but the heading above it is level 2 (##), so a level is skipped: write ### here (each heading goes at most one level deeper than the one above it)"]
        },
        {
            "a paragraph indented by a tab", [CaseWithBody("## Context\n\n\tThe client arrived early.\n")],
            [$"{Case}(12,1): warning CL0408: this line starts with a tab or four spaces, so it is published as a block of computer code (in a fixed-width font, not wrapped): remove the spaces or tab at the start of the line; to show code on purpose, put it between two ``` lines"]
        },
        {
            "an indented paragraph inside a list item is not code", [CaseWithBody("## Context\n\n- First step.\n\n    More about the first step.\n")],
            []
        },
        {
            "a reference link with no address", [CaseWithBody("## Context\n\nSee [the other case][other].\n")],
            [$"{Case}(12,5): error CL0176: this link is published as plain text because nothing says where [other] leads: add a line '[other]: address' below the paragraph, or write the address in ( ) instead, for example [the other case](../case-id/)"]
        },
        {
            "a space between ] and (", [CaseWithBody("## Context\n\nSee [the website] (https://example.org/).\n")],
            [$"{Case}(12,5): warning CL0176: this link is published as plain text because of the space between ] and (: write them side by side, for example [the website](https://example.org/)"]
        },
        {
            "text in brackets followed by text in parentheses is not a link", [CaseWithBody("## Context\n\nIn [2019] (see the report) it changed.\n")],
            []
        },
        {
            "Windows' picture cache in a case folder", [("one-case/en.md", MiniLibrary.Case()), ("one-case/Thumbs.db", "x")],
            ["cases/one-case/Thumbs.db(1,1): error CL0210: 'Thumbs.db' is a file Windows makes for its own use, not part of the case, and would not be published: delete it"]
        },
        {
            "an editor's backup copy in a case folder", [("one-case/en.md", MiniLibrary.Case()), ("one-case/en.md~", MiniLibrary.Case())],
            ["cases/one-case/en.md~(1,1): error CL0210: 'en.md~' is a backup copy made by an editor or a merge, not part of the case, and would not be published: delete it"]
        },
        {
            "a comma inside a text per language in { }", [("library.yaml", MiniLibrary.LibraryYaml + "\ntagline: {en: Four countries, one practice}"), ("one-case/en.md", MiniLibrary.Case())],
            ["cases/library.yaml(5,31): error CL0106: the comma in the en text of 'tagline' ends it inside { }, so 'one practice' is read as another language: put that text in double quotes, for example tagline: {en: \"Four countries, one practice\"}"]
        },
        {
            "a competence named only in the second language", [("competences.yaml", MiniLibrary.CompetencesYaml.Replace("{en: Listening, it: Ascolto}", "{it: Ascolto}")), ("one-case/en.md", MiniLibrary.Case())],
            ["cases/competences.yaml(1,1): error CL0140: competence 'listening' has no name in 'en', the library's first language, which is shown wherever a language has no name of its own, so the name would be empty: add en: and the name under 'name'"]
        },
        {
            "a competence whose only language is misspelt gets one message", [("competences.yaml", MiniLibrary.CompetencesYaml.Replace("{en: Listening, it: Ascolto}", "{eng: Listening}")), ("one-case/en.md", MiniLibrary.Case())],
            ["cases/competences.yaml(3,10): error CL0106: 'eng' in 'name' is not a site language (en, it) (did you mean 'en'?)"]
        },
        {
            "the library's title only in the second language", [("library.yaml", MiniLibrary.LibraryYaml.Replace("{en: Mini, it: Mini IT}", "{it: Mini IT}")), ("one-case/en.md", MiniLibrary.Case())],
            ["cases/library.yaml(1,1): error CL0103: 'title' has no en text, the library's first language, which is shown wherever a language has no title of its own, so the site would have no title there: add en: and the title under 'title'"]
        },
        {
            "two author ids without a comma", [("authors.yaml", MiniLibrary.AuthorsYaml + "\nbob-jones:\n  name: Bob Jones\n"), CaseWith("authors: [ann-smith]", "authors: [ann-smith bob-jones]")],
            [$"{Case}(6,11): error CL0133: unknown author 'ann-smith bob-jones': these are 2 ids without commas between them; separate them with commas, for example [ann-smith, bob-jones]"]
        },
        {
            "a picture written with a Windows path", [CaseWithBody("## Context\n\n![A diagram](.\\diagram.png)\n"), ("one-case/diagram.png", "png")],
            [$"{Case}(12,1): error CL0402: addresses use '/' between folders, not '\\' as Windows shows paths (write diagram.png): '.\\diagram.png'"]
        },
        {
            "a link written with a Windows path", [CaseWithBody("## Context\n\nSee [the other case](..\\other-case\\).\n"), ("other-case/en.md", MiniLibrary.Case(title: "Other case"))],
            [$"{Case}(12,5): error CL0176: this link is published as plain text because of the '\\' in its address: addresses use '/' between folders, not '\\' as Windows shows paths: write [the other case](../other-case/)"]
        },
        {
            "a case folder inside a folder, and a link to it", [CaseWithBody("## Context\n\nSee [the other case](../other-case/).\n"), ("2024/other-case/en.md", MiniLibrary.Case(title: "Other case"))],
            ["cases/2024/other-case(1,1): error CL0208: 'other-case' looks like a case, but it is inside the folder '2024', which is read as a case itself: every case folder goes directly in the content folder; move 'other-case' up one level, beside '2024'"]
        },
        {
            "a picture with a capital extension, used in the text", [CaseWithBody("## Context\n\n![A diagram](diagram.png)\n"), ("one-case/diagram.PNG", "png")],
            ["cases/one-case/diagram.PNG(1,1): error CL0210: 'diagram.PNG' cannot be published: use a lowercase name (a-z, 0-9, '-', '_', '.') with one of .png .jpg .jpeg .gif .webp .avif .pdf: rename it to diagram.png (and write that name where the case uses it)"]
        },
        {
            "a case file named with a region", [("one-case/en-GB.md", MiniLibrary.Case()), .. Companions],
            ["cases/one-case/en-GB.md(1,1): error CL0209: 'en-GB.md' names a region as well as a language, but case files are named by the language code alone: rename it to en.md"]
        },
        {
            "an e-mail address without mailto:", [CaseWithBody("## Context\n\nWrite to [Ann](ann@example.org).\n")],
            [$"{Case}(12,10): error CL0402: an e-mail address in a link starts with mailto: (write mailto:ann@example.org): 'ann@example.org'"]
        },
        {
            "a non-breaking space after the colon", [CaseWith("country: IE", "country:\u00A0IE")],
            [$"{Case}(4,9): error YAML016: the space after the colon is a non-breaking space (as Word types it), which YAML does not read as a space: delete it and type an ordinary space, for example country: IE"]
        },
        {
            "an invisible character in an author id", [CaseWith("authors: [ann-smith]", "authors: [ann\u200B-smith]")],
            [$"{Case}(6,11): error CL0133: unknown author 'ann-smith': the id contains an invisible character (U+200B, often pasted from a web page or a document) after 'ann': delete the id and type it again"]
        },
        {
            "an unclosed quote inside a list", [CaseWith("competences: [listening]", "competences: [\"listening]")],
            [$"{Case}(5,15): error YAML018: the quote (\") before 'listening' inside the [ ] of 'competences' is never closed, so it swallows the ']': add \" right after listening"]
        },
        {
            "a language left out of library.yaml is reported once per data file, not at every text",
            [("library.yaml", MiniLibrary.LibraryYaml.Replace("[en, it]", "[en]")), ("competences.yaml", MiniLibrary.CompetencesYaml + "\nnetworking:\n  number: 2\n  name: {en: Networking, it: Rete}\n"), ("one-case/en.md", MiniLibrary.Case())],
            [
                "cases/competences.yaml(3,25): error CL0106: 'it' in 'name' is not a site language (en), so no text in 'it' in this file is used (this is the first): add it to 'languages' in library.yaml, or remove those texts",
                "cases/library.yaml(1,19): error CL0106: 'it' in 'title' is not a site language (en), so no text in 'it' in this file is used (this is the first): add it to 'languages' in library.yaml, or remove those texts",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_mistake_gets_one_message_with_the_fix_at_its_position(string mistake, (string Path, string Text)[] files, string[] expected) =>
        MiniLibrary.AssertCheckReports(mistake, files, expected);

    public static TheoryData<string, string, byte[], string> Encodings() => new()
    {
        {
            "a letter saved as Windows-1252", "one-case/en.md", [.. Encoding.UTF8.GetBytes("---\ntitle: \"Caf"), 0xE9, .. Encoding.UTF8.GetBytes(MiniLibrary.Case()[(MiniLibrary.Case().IndexOf('\n', 4))..])],
            $"{Case}(2,12): error CL0204: the file is not valid UTF-8, so the letter here cannot be read (it was probably saved as Windows-1252, \"ANSI\" or Latin-1): save it as UTF-8 (in most editors: Save As… → Encoding: UTF-8), then check this letter"
        },
        {
            "a case saved as UTF-16 with its byte order mark", "one-case/en.md", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(MiniLibrary.Case())).ToArray(),
            $"{Case}(1,1): error CL0204: the file is saved as UTF-16 (which Windows calls \"Unicode\"), not UTF-8: save it as UTF-8 (in most editors: Save As… → Encoding: UTF-8)"
        },
        {
            "authors.yaml saved as UTF-16 big-endian without a byte order mark", "authors.yaml", Encoding.BigEndianUnicode.GetBytes(MiniLibrary.AuthorsYaml),
            "cases/authors.yaml(1,1): error CL0204: the file is saved as UTF-16 (which Windows calls \"Unicode\"), not UTF-8: save it as UTF-8 (in most editors: Save As… → Encoding: UTF-8)"
        },
    };

    /// <summary>A file that cannot be read still counts as there: its notes and translations get no second message.</summary>
    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_file_not_saved_as_utf8_is_one_message(string mistake, string path, byte[] bytes, string expected)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, path == "one-case/en.md" ? Companions : [("one-case/en.md", MiniLibrary.Case()), .. Companions]);
        temp.WriteBytes("cases/" + path, bytes);

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.True(new[] { expected }.SequenceEqual(outcome.DiagnosticLines), $"{mistake}:\n{string.Join("\n", outcome.DiagnosticLines)}");
        Assert.Equal(1, outcome.ExitCode);
    }

    [Fact]
    public void Teaching_notes_whose_opening_line_ends_in_a_space_keep_their_front_matter()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("one-case/en.md", MiniLibrary.Case()), ("one-case/en.notes.md", "--- \ntitle: Session plan\n---\n\nNotes.\n"));

        var result = new CaseLibrary.Build.BuildPipeline().Run(new CaseLibrary.Build.BuildOptions(cases, RepoPaths.Theme, "unused", DisplayRoot: temp.Path), write: false);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var notes = Assert.Single(result.Model!.Cases.Single().Notes);
        Assert.Equal("Session plan", notes.Title);
        Assert.DoesNotContain("Session plan", notes.Body.Html);
    }
}
