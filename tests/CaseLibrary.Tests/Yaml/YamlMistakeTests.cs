using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Yaml;

/// <summary>
/// The YAML slips a practitioner makes, one at a time in a small library, through <c>check</c>: every diagnostic of the
/// run (file, line, column, code, message), so a cascade or a parser's wording cannot come back unnoticed.
/// </summary>
public sealed class YamlMistakeTests
{
    private const string Case = "cases/one-case/en.md";
    private const string Authors = "cases/authors.yaml";
    private const string Competences = "cases/competences.yaml";
    private const string Library = "cases/library.yaml";

    /// <summary>A case whose front matter line <paramref name="line"/> (e.g. "title: \"A case\"") is replaced.</summary>
    private static (string, string) CaseWith(string line, string replacement) =>
        ("one-case/en.md", Replace(MiniLibrary.Case(), line, replacement));

    private static (string, string) CaseWithExtra(string extra) => ("one-case/en.md", MiniLibrary.Case(extra: extra));

    private static string Replace(string text, string line, string replacement)
    {
        Assert.Contains(line, text);
        return text.Replace(line, replacement, StringComparison.Ordinal);
    }

    /// <summary>A valid case, for mistakes in the data files.</summary>
    private static readonly (string, string) Valid = ("one-case/en.md", MiniLibrary.Case());

    /// <summary>competences.yaml with two entries, one with a description over several lines, and one line replaced.</summary>
    private static (string, string) Competences2(string line, string replacement) =>
        ("competences.yaml", Replace("listening:\n  number: 1\n  name: {en: Listening, it: Ascolto}\n  description:\n    en: Hearing.\n    it: Sentire.\n"
            + "networking:\n  number: 2\n  name: {en: Networking, it: Rete}\n  description: {en: Links., it: Legami.}\n", line, replacement));

    public static TheoryData<string, (string Path, string Text)[], string[]> Mistakes() => new()
    {
        {
            "unquoted colon in a title", [CaseWith("title: \"A case\"", "title: Peer mentors in Cork: keeping going")],
            [$"{Case}(2,28): error YAML013: 'title' contains ': ' (a colon and a space), which YAML reads as the start of a new key: put the whole value in double quotes, for example title: \"Peer mentors in Cork: keeping going\""]
        },
        {
            "a title cut by ' #'", [CaseWith("title: \"A case\"", "title: Case #1 in Cork")],
            [$"{Case}(2,13): error YAML010: everything from ' #' on is read as a comment and left out, so 'title' would be 'Case': if the # is part of the text, put the whole value in double quotes, for example title: \"Case #1 in Cork\"; if it is a comment, put it on a line of its own"]
        },
        {
            "Word's curly quotes around a title with a colon", [CaseWith("title: \"A case\"", "title: “Peer mentors: keeping going”")],
            [$"{Case}(2,8): error YAML011: 'title' is in curly quotes (“…), as Word types them; YAML does not read them as quotes, so the text breaks here: type straight double quotes instead, for example title: \"Peer mentors: keeping going\""]
        },
        {
            "Word's curly quotes around a title", [CaseWith("title: \"A case\"", "title: “Peer mentors”")],
            [$"{Case}(2,8): warning YAML012: 'title' is wrapped in curly quotes (“…”), which are published as part of the text: if they were meant as quotes around the value, type straight double quotes instead, for example title: \"Peer mentors\""]
        },
        {
            "an apostrophe inside single quotes", [CaseWith("title: \"A case\"", "title: 'Niamh's peer mentors'")],
            [$"{Case}(2,14): error YAML014: 'title' is in single quotes and contains an apostrophe, which ends it early: put the value in double quotes instead, for example title: \"Niamh's peer mentors\" (or write the apostrophe twice: '')"]
        },
        {
            "a double quote inside double quotes", [CaseWith("title: \"A case\"", "title: \"The \"buddy\" scheme\"")],
            [$"{Case}(2,13): error YAML015: 'title' is in double quotes and contains another double quote, which ends it early: write \\\" for each quote inside the text, or put the value in single quotes, for example title: 'The \"buddy\" scheme'"]
        },
        {
            "no space after the colon", [CaseWith("country: IE", "country:IE")],
            [$"{Case}(4,8): error YAML016: put a space after the colon: write country: IE"]
        },
        {
            "a tab indenting a line", [CaseWith("country: IE", "\tcountry: IE")],
            [$"{Case}(4,1): error YAML008: a tab indents this line; YAML indentation must use spaces"]
        },
        {
            "tags written as a comma string", [CaseWithExtra("tags: peer mentoring, adult returners")],
            [$"{Case}(8,7): error CL0180: 'tags' is written as one text with commas, so it would be the single item 'peer mentoring, adult returners': write a list in square brackets, for example tags: [peer mentoring, adult returners]"]
        },
        {
            "competences written as a comma string", [CaseWith("competences: [listening]", "competences: listening, networking")],
            [$"{Case}(5,14): error CL0180: 'competences' is written as one text with commas, so it would be the single item 'listening, networking': write a list in square brackets, for example competences: [listening, networking]"]
        },
        {
            "a line indented too far", [CaseWith("summary: A summary.", "  summary: A summary.")],
            [$"{Case}(3,3): error YAML020: 'summary' is indented further than 'title' on the line above, which already has its value, so 'summary' cannot belong to it: start summary: at the beginning of the line, like title:"]
        },
        {
            "an unclosed double quote", [CaseWith("title: \"A case\"", "title: \"A case")],
            [$"{Case}(2,8): error YAML018: the quote (\") that opens 'title' is never closed: add \" at the end of the value"]
        },
        {
            "an unclosed single quote", [CaseWith("title: \"A case\"", "title: 'A case")],
            [$"{Case}(2,8): error YAML018: the quote (') that opens 'title' is never closed: add ' at the end of the value, or put the whole value in double quotes"]
        },
        {
            "an unclosed bracket", [CaseWith("competences: [listening]", "competences: [listening")],
            [$"{Case}(5,14): error YAML019: the '[' that opens 'competences' is never closed: end it with ']' on the same line, for example competences: [first, second]"]
        },
        {
            "a title starting with '*'", [CaseWith("title: \"A case\"", "title: *Peer* mentors")],
            [$"{Case}(2,8): error YAML004: YAML reads '*Peer*' as a reference to another value, which is not allowed here: if the * is part of the text, put the whole value in double quotes; otherwise write the value out"]
        },
        {
            "a title starting with '@'", [CaseWith("title: \"A case\"", "title: @work: peer mentors")],
            [$"{Case}(2,8): error YAML017: 'title' starts with '@', which YAML reserves: put the whole value in double quotes, for example title: \"@work: peer mentors\""]
        },
        {
            "a title starting with '!' (read as a type tag, silently)", [CaseWith("title: \"A case\"", "title: !Important news")],
            [$"{Case}(2,8): error YAML017: 'title' starts with '!', which YAML reserves: put the whole value in double quotes, for example title: \"!Important news\""]
        },
        {
            "a title starting with '>'", [CaseWith("title: \"A case\"", "title: > 50 cases")],
            [$"{Case}(2,8): error YAML017: 'title' starts with '>', which YAML reserves: put the whole value in double quotes, for example title: \"> 50 cases\""]
        },
        {
            "a title starting with brackets", [CaseWith("title: \"A case\"", "title: [Draft] peer mentors")],
            [$"{Case}(2,8): error YAML017: 'title' starts with '[', so YAML reads it as a list: if the brackets are part of the text, put the whole value in double quotes, for example title: \"[Draft] peer mentors\""]
        },
        {
            "a backslash inside double quotes", [CaseWith("title: \"A case\"", "title: \"Files in C:\\Users\"")],
            [$"{Case}(2,8): error YAML021: inside double quotes a backslash (\\) starts a special character: write \\\\ for a backslash, or put 'title' in single quotes"]
        },
        {
            "a line without a colon", [CaseWith("country: IE", "country IE")],
            [$"{Case}(4,1): error YAML023: this line has no ':': write it as key: value, or if it continues the text on the line above, put that whole text in double quotes on one line"]
        },
        {
            "a list item without its dash", [CaseWith("competences: [listening]", "competences:\n  - listening\n  networking")],
            [$"{Case}(7,3): error YAML023: this line has no '- ' in front, unlike the list item above it: write it as - networking"]
        },
        {
            "an empty required value", [CaseWith("country: IE", "country:")],
            [$"{Case}(4,1): error CL0103: 'country' must not be empty: write its value after 'country: ' on the same line"]
        },
        {
            "Word's curly quotes around list items", [CaseWithExtra("tags: [‘peer mentoring’, adult returners]")],
            [$"{Case}(8,8): warning YAML012: this item is wrapped in curly quotes (‘…’), which are published as part of the text: if they were meant as quotes around the value, type straight double quotes instead, for example \"peer mentoring\""]
        },
        {
            "a list item cut by ' #'", [CaseWithExtra("learning_objectives:\n  - Plan step #2 of the scheme")],
            [$"{Case}(9,15): error YAML010: everything from ' #' on is read as a comment and left out, so this item would be 'Plan step': if the # is part of the text, put the whole value in double quotes, for example \"Plan step #2 of the scheme\"; if it is a comment, put it on a line of its own"]
        },
        {
            "an objective containing ': '", [CaseWithExtra("learning_objectives:\n  - Planning: describe how")],
            [$"{Case}(9,5): error CL0104: each item of 'learning_objectives' must be a text value, not a mapping: the ': ' in it makes YAML read a key and a value; put the whole text in double quotes, for example \"Planning: describe how\""]
        },
        {
            "a misspelled key is reported once", [CaseWith("title: \"A case\"", "titel: \"A case\"")],
            [$"{Case}(2,1): error CL0101: unknown key 'titel' in the front matter (did you mean 'title'?)"]
        },
        {
            "a broken front matter does not also fail its teaching notes",
            [CaseWith("title: \"A case\"", "title: 'Niamh's case'"), ("one-case/en.notes.md", "Notes.\n")],
            [$"{Case}(2,14): error YAML014: 'title' is in single quotes and contains an apostrophe, which ends it early: put the value in double quotes instead, for example title: \"Niamh's case\" (or write the apostrophe twice: '')"]
        },
        {
            "a tab in authors.yaml", [("authors.yaml", "ann-smith:\n\tname: Ann Smith\n"), CaseWith("title: \"A case\"", "title: \"A case\"")],
            [$"{Authors}(2,1): error YAML008: a tab indents this line; YAML indentation must use spaces"]
        },
        {
            "a duplicate id in authors.yaml", [("authors.yaml", "ann-smith:\n  name: Ann Smith\nann-smith:\n  name: Ann Smyth\n"), CaseWith("title: \"A case\"", "title: \"A case\"")],
            [$"{Authors}(3,1): error YAML007: 'ann-smith' is written twice in the same block (first on line 1); only one can be used: keep one of the two lines and delete the other, or give this one another name"]
        },
        {
            "an unindented field in authors.yaml", [("authors.yaml", "ann-smith:\nname: Ann Smith\norganisation: A college\n"), CaseWith("title: \"A case\"", "title: \"A case\"")],
            [$"{Authors}(2,1): error CL0181: 'name' starts at the beginning of the line, so it is read as a new author instead of a field of 'ann-smith': indent the lines under 'ann-smith:' by two spaces"]
        },
        {
            "a field indented too far in authors.yaml", [("authors.yaml", "ann-smith:\n  name: Ann Smith\n   organisation: A college\n"), CaseWith("title: \"A case\"", "title: \"A case\"")],
            [$"{Authors}(3,4): error YAML020: 'organisation' is indented further than 'name' on the line above, which already has its value, so 'organisation' cannot belong to it: start organisation: 2 space(s) in, like name:"]
        },
        {
            "a colon in a name in authors.yaml", [("authors.yaml", "ann-smith:\n  name: Dr Ann Smith: career adviser\n"), CaseWith("title: \"A case\"", "title: \"A case\"")],
            [$"{Authors}(2,21): error YAML013: 'name' contains ': ' (a colon and a space), which YAML reads as the start of a new key: put the whole value in double quotes, for example name: \"Dr Ann Smith: career adviser\""]
        },
        {
            "a comment after a value in authors.yaml is only a warning", [("authors.yaml", "ann-smith:\n  name: Ann Smith  # added in 2024\n"), CaseWith("title: \"A case\"", "title: \"A case\"")],
            [$"{Authors}(2,20): warning YAML010: everything from ' #' on is read as a comment and left out, so 'name' would be 'Ann Smith': if the # is part of the text, put the whole value in double quotes, for example name: \"Ann Smith  # added in 2024\"; if it is a comment, put it on a line of its own"]
        },
        {
            "a field indented one space too far in competences.yaml", [Competences2("  name: {en: Listening", "   name: {en: Listening"), Valid],
            [$"{Competences}(3,4): error YAML020: 'name' is indented further than 'number' on the line above, which already has its value, so 'name' cannot belong to it: start name: 2 space(s) in, like number:"]
        },
        {
            "a field indented one space too little in competences.yaml", [Competences2("  name: {en: Listening", " name: {en: Listening"), Valid],
            [$"{Competences}(3,2): error YAML020: 'name' is indented by 1 space(s), which lines up with no line above it: start name: 2 space(s) in, like number: above it (lines of the same entry start in the same column)"]
        },
        {
            "a field at the beginning of the line between indented ones in competences.yaml", [Competences2("  name: {en: Listening", "name: {en: Listening"), Valid],
            [$"{Competences}(3,1): error YAML020: 'name' starts at the beginning of the line, unlike the lines above and below it, so the lines after it cannot belong to the same entry: indent name: by 2 space(s), like number: above it"]
        },
        {
            "a translation indented wrongly under description in competences.yaml", [Competences2("    it: Sentire.", "     it: Sentire."), Valid],
            [$"{Competences}(6,6): error YAML020: 'it' is indented further than 'en' on the line above, which already has its value, so 'it' cannot belong to it: start it: 4 space(s) in, like en:"]
        },
        {
            "the first field of an entry in another column than the others in competences.yaml", [Competences2("  number: 2", "    number: 2"), Valid],
            [$"{Competences}(8,5): error YAML020: 'number' is indented by 4 space(s), but the lines after it in the same entry by 2: indent number: by 2 space(s), like name: below it"]
        },
        {
            "an indented competence id in competences.yaml", [Competences2("networking:", "  networking:"), Valid],
            [$"{Competences}(7,3): error YAML020: 'networking' is indented by 2 space(s), so it is read as a field of 'listening' instead of a new entry (and its 'number' as a second 'number' of 'listening'): start networking: at the beginning of the line, like listening:"]
        },
        {
            "a competence id without its colon in competences.yaml", [Competences2("networking:", "networking"), Valid],
            [$"{Competences}(7,1): error YAML023: this line has no ':' at its end, so the indented lines under it cannot belong to it: write networking:"]
        },
        {
            "no space after the colon above a {...} line in competences.yaml", [Competences2("  number: 2", "  number:2"), Valid],
            [$"{Competences}(8,9): error YAML016: put a space after the colon: write number: 2"]
        },
        {
            "a tab in competences.yaml", [Competences2("  number: 2", "\tnumber: 2"), Valid],
            [$"{Competences}(8,1): error YAML008: a tab indents this line; YAML indentation must use spaces"]
        },
        {
            "a field indented one space too little in authors.yaml", [("authors.yaml", "ann-smith:\n  name: Ann Smith\n organisation: A college\n"), Valid],
            [$"{Authors}(3,2): error YAML020: 'organisation' is indented by 1 space(s), which lines up with no line above it: start organisation: 2 space(s) in, like name: above it (lines of the same entry start in the same column)"]
        },
        {
            "a field at the beginning of the line between indented ones in authors.yaml", [("authors.yaml", "ann-smith:\n  name: Ann Smith\norganisation: A college\n  country: IE\n"), Valid],
            [$"{Authors}(3,1): error YAML020: 'organisation' starts at the beginning of the line, unlike the lines above and below it, so the lines after it cannot belong to the same entry: indent organisation: by 2 space(s), like name: above it"]
        },
        {
            "a key indented under a key that has its value in library.yaml", [("library.yaml", MiniLibrary.LibraryYaml.Replace("base_url:", "  base_url:")), Valid],
            [$"{Library}(3,3): error YAML020: 'base_url' is indented further than 'languages' on the line above, which already has its value, so 'base_url' cannot belong to it: start base_url: at the beginning of the line, like languages:"]
        },
        {
            "a language indented one space too little in library.yaml", [("library.yaml", MiniLibrary.LibraryYaml.Replace("title: {en: Mini, it: Mini IT}", "title:\n  en: Mini\n it: Mini IT")), Valid],
            [$"{Library}(3,2): error YAML020: 'it' is indented by 1 space(s), which lines up with no line above it: start it: 2 space(s) in, like en: above it (lines of the same entry start in the same column)"]
        },
        {
            "a tab in library.yaml", [("library.yaml", MiniLibrary.LibraryYaml.Replace("title: {en: Mini, it: Mini IT}", "title:\n  en: Mini\n\tit: Mini IT")), Valid],
            [$"{Library}(3,1): error YAML008: a tab indents this line; YAML indentation must use spaces"]
        },
        {
            "no space after the colon in library.yaml", [("library.yaml", MiniLibrary.LibraryYaml.Replace("licence: CC-BY-4.0", "licence:CC-BY-4.0")), Valid],
            [$"{Library}(4,8): error YAML016: put a space after the colon: write licence: CC-BY-4.0"]
        },
        {
            "a key in the column of the list items above it", [CaseWithExtra("learning_objectives:\n  - Plan the scheme.\n  discussion_questions:\n  - Why?")],
            [$"{Case}(10,3): error YAML020: 'discussion_questions' starts in the same column as the list items above it, so it is read as part of that list: start discussion_questions: at the beginning of the line, like learning_objectives: (the key the list belongs to)"]
        },
        {
            "a list item further left than the one above", [CaseWithExtra("learning_objectives:\n  - Plan the scheme.\n - Run it.")],
            [$"{Case}(10,2): error YAML020: this list item starts further left than the item above it, so it belongs to no key: start the '-' 2 space(s) in, like the '-' of the item above"]
        },
        {
            "a list item without a space after the dash", [CaseWithExtra("learning_objectives:\n  - Plan the scheme.\n  -Run it.")],
            [$"{Case}(10,4): error YAML023: a list item needs a space after its '-': write - Run it."]
        },
        {
            "a value on the line below its key", [CaseWith("title: \"A case\"", "title:\nA case")],
            [$"{Case}(3,1): error YAML023: this line has no ':', so it cannot stand on its own: if it is the value of 'title' on the line above, write it on the same line, for example title: \"A case\""]
        },
        {
            "a key written twice in the front matter", [CaseWithExtra("country: IT")],
            [$"{Case}(8,1): error YAML007: 'country' is written twice in the same block (first on line 4); only one can be used: keep one of the two lines and delete the other, or give this one another name"]
        },
        {
            "an unclosed brace in competences.yaml", [("competences.yaml", "listening:\n  number: 1\n  name: {en: Listening, it: Ascolto\n"), CaseWith("title: \"A case\"", "title: \"A case\"")],
            [$"{Competences}(3,9): error YAML019: the '{{' that opens 'name' is never closed: end it with '}}' on the same line, for example name: [first, second]"]
        },
        {
            "a misspelled language in library.yaml", [("library.yaml", MiniLibrary.LibraryYaml.Replace("[en, it]", "[en, itt]")), ("one-case/it.md", MiniLibrary.Case() + "\n"), CaseWith("title: \"A case\"", "title: \"A case\"")],
            [$"{Library}(2,17): error CL0107: 'itt' is not a supported language code (did you mean 'it'?)"]
        },
        {
            "a language with a region in library.yaml", [("library.yaml", MiniLibrary.LibraryYaml.Replace("[en, it]", "[en, it-IT]")), ("one-case/it.md", MiniLibrary.Case() + "\n"), CaseWith("title: \"A case\"", "title: \"A case\"")],
            [$"{Library}(2,17): error CL0107: 'it-IT' is not a supported language code: the site's languages are named without a region; write 'it'"]
        },
        {
            "languages written as a comma string in library.yaml", [("library.yaml", MiniLibrary.LibraryYaml.Replace("[en, it]", "en, it")), CaseWith("title: \"A case\"", "title: \"A case\"")],
            [$"{Library}(2,12): error CL0180: 'languages' is written as one text with commas, so it would be the single item 'en, it': write a list in square brackets, for example languages: [en, it]"]
        },
        {
            "a colon in library.yaml's title", [("library.yaml", MiniLibrary.LibraryYaml.Replace("title: {en: Mini, it: Mini IT}", "title: Mini: a library")), CaseWith("title: \"A case\"", "title: \"A case\"")],
            [$"{Library}(1,12): error YAML013: 'title' contains ': ' (a colon and a space), which YAML reads as the start of a new key: put the whole value in double quotes, for example title: \"Mini: a library\""]
        },
        {
            "a text per language flattened onto its key's line in library.yaml", [("library.yaml", MiniLibrary.LibraryYaml + "\ntagline: en: Four countries, one practice"), Valid],
            [$"{Library}(5,10): error YAML024: 'tagline' has the language code en: on its line, which YAML cannot read: write tagline: alone on its line, and under it each language on a line of its own, 2 spaces in: en: Four countries, one practice (or, for one text in every language, put it alone in double quotes: tagline: \"Four countries, one practice\")"]
        },
        {
            "two languages flattened onto a name's line in competences.yaml", [Competences2("  name: {en: Networking, it: Rete}", "  name: en: Networking, it: Rete"), Valid],
            [$"{Competences}(9,9): error YAML024: 'name' has the language codes en: and it: on its line, which YAML cannot read: write name: alone on its line, and under it each language on a line of its own, 4 spaces in: en: Networking on one line, it: Rete on the next"]
        },
        {
            "a language code in front of a case's title", [CaseWith("title: \"A case\"", "title: en: Peer mentors in Cork")],
            [$"{Case}(2,8): error YAML024: 'title' starts with the language code en:, but a case file is in one language, named by its file name (en.md), so its text has no language code: write title: \"Peer mentors in Cork\"; if 'en: ' is part of the text, put the whole value in double quotes"]
        },
        {
            "every language's title in a translation's front matter", [Valid, ("one-case/it.md", MiniLibrary.Case(extra: "translators: [ann-smith]").Replace("title: \"A case\"", "title: en: A case, it: Un caso"))],
            [$"cases/one-case/it.md(2,8): error YAML024: 'title' starts with the language codes en: and it:, but a case file is in one language, named by its file name (it.md), so its text has no language code: write title: \"Un caso\" here, and the en text in en.md"]
        },
        {
            "a colon after a word that is not a language code is still a colon in the text", [CaseWith("title: \"A case\"", "title: Note: peer mentors")],
            [$"{Case}(2,12): error YAML013: 'title' contains ': ' (a colon and a space), which YAML reads as the start of a new key: put the whole value in double quotes, for example title: \"Note: peer mentors\""]
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_mistake_gets_one_plain_message_at_its_position(string mistake, (string Path, string Text)[] files, string[] expected)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, files);

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.True(expected.SequenceEqual(outcome.DiagnosticLines), $"{mistake}:\n{string.Join("\n", outcome.DiagnosticLines)}");
        Assert.Equal(expected.Any(l => l.Contains(": error ", StringComparison.Ordinal)) ? 1 : 0, outcome.ExitCode);
        Assert.DoesNotContain("   at ", outcome.Stderr);
    }
}
