using System.Text;
using CaseLibrary.Configuration;
using CaseLibrary.Diagnostics.Catalogue;
using CaseLibrary.Loading;
using CaseLibrary.Search;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Contributing;

/// <summary>
/// Values that passed a check and then crashed a later stage or came back as a flood of messages elsewhere: a year 0,
/// a base_url that needs escaping, a language search has no stemmer for, a case id only check refused, an empty data
/// file. Each is one message at its own place (every diagnostic line of the run pinned), and <c>new</c> refuses what
/// check would refuse.
/// </summary>
public sealed class InputCheckTests
{
    private const string Case = "cases/one-case/en.md";
    private const string Library = "cases/library.yaml";

    private static (string, string) CaseWith(string line, string replacement)
    {
        Assert.Contains(line, MiniLibrary.Case());
        return ("one-case/en.md", MiniLibrary.Case().Replace(line, replacement, StringComparison.Ordinal));
    }

    private static (string, string) LibraryWith(string line, string replacement)
    {
        Assert.Contains(line, MiniLibrary.LibraryYaml);
        return ("library.yaml", MiniLibrary.LibraryYaml.Replace(line, replacement, StringComparison.Ordinal));
    }

    private static readonly (string, string) ValidCase = ("one-case/en.md", MiniLibrary.Case());

    private const string UrlPath = "use only letters, digits and - . _ ~ / in its path, such as https://example.org/library/";

    public static TheoryData<string, (string Path, string Text)[], string[]> Mistakes() => new()
    {
        {
            "a date in year 0", [CaseWith("date: 2024-01-02", "date: 0000-01-01")],
            [$"{Case}(7,7): error CL0105: 'date' is '0000-01-01', but there is no year 0: a date is written year-month-day (YYYY-MM-DD) with the whole year, for example 2026-05-12 for 12 May 2026"]
        },
        {
            "an updated date in year 0", [CaseWith("date: 2024-01-02", "date: 2024-01-02\nupdated: 0000-02-30")],
            [$"{Case}(8,10): error CL0105: 'updated' is '0000-02-30', but there is no year 0: a date is written year-month-day (YYYY-MM-DD) with the whole year, for example 2026-05-12 for 12 May 2026"]
        },
        {
            "the first and the last day a date can be", [CaseWith("date: 2024-01-02", "date: 0001-01-01\nupdated: 9999-12-31")],
            []
        },
        {
            "a base_url with a quote and a tag", [LibraryWith("base_url: https://example.org/", "base_url: \"https://example.org/\\\"><script>/\""), ValidCase],
            [$"{Library}(3,11): error CL0109: base_url contains a double quote (\"), which a web address cannot hold as written: {UrlPath}"]
        },
        {
            "a base_url with a space", [LibraryWith("base_url: https://example.org/", "base_url: https://example.org/case library/"), ValidCase],
            [$"{Library}(3,11): error CL0109: base_url contains a space, which a web address cannot hold as written: {UrlPath}"]
        },
        {
            "a base_url with a user name and password", [LibraryWith("base_url: https://example.org/", "base_url: https://user:pw@example.org/"), ValidCase],
            [$"{Library}(3,11): error CL0109: base_url must not contain a user name or password (the part before '@'): write only the address, such as https://example.org/library/"]
        },
        {
            "a base_url with a query", [LibraryWith("base_url: https://example.org/", "base_url: https://example.org/?lang=en"), ValidCase],
            [$"{Library}(3,11): error CL0109: base_url must not have a '?' part: write only the address of the site's folder, such as https://example.org/library/"]
        },
        {
            // YAML read these lines, the correct "- " item after them included, as one text: one objective "-Describe … -
            // Explain …" was published, or CL0180 suggested [-Describe …] (it passed and published three wrong items).
            "list items without the space after the dash", [("one-case/en.md", MiniLibrary.Case(extra: "learning_objectives:\n  -Describe the set.\n  - Explain the rule.\ndiscussion_questions:\n  -Why?\n  -How?"))],
            [
                "cases/one-case/en.md(9,4): error YAML023: a list item needs a space after its '-', or YAML reads this line and the items under it as one text: write - Describe the set.",
                "cases/one-case/en.md(12,4): error YAML023: a list item needs a space after its '-', or YAML reads this line and the items under it as one text: write - Why?",
                "cases/one-case/en.md(13,4): error YAML023: a list item needs a space after its '-', or YAML reads this line and the items under it as one text: write - How?",
            ]
        },
        {
            // The cases already name the id the entry should have: the entry is the one mistake, and its hint is that id
            // (the cases were told "did you mean 'Ann Smith'?", an id that can never be valid).
            "an author id written as the author's name", [("authors.yaml", "Ann Smith:\n  name: Ann Smith\n"), ValidCase],
            ["cases/authors.yaml(1,1): error CL0120: 'Ann Smith' is not a valid author id: use lowercase a-z, 0-9 and '-' (did you mean 'ann-smith'?)"]
        },
        {
            "an author id with an accent", [("authors.yaml", "Sinéad-Kelly:\n  name: Sinéad Kelly\n"), CaseWith("[ann-smith]", "[sinead-kelly]")],
            ["cases/authors.yaml(1,1): error CL0120: 'Sinéad-Kelly' is not a valid author id: use lowercase a-z, 0-9 and '-' (did you mean 'sinead-kelly'?)"]
        },
        {
            "a base_url that is a page's address", [LibraryWith("base_url: https://example.org/", "base_url: https://example.org/library/index.html"), ValidCase],
            [$"{Library}(3,11): error CL0109: base_url is the address of a page ('index.html'), not of the folder the site is published in: leave 'index.html' out, as in https://example.org/library/"]
        },
        {
            "a base_url with a fragment", [LibraryWith("base_url: https://example.org/", "base_url: https://example.org/library/#top"), ValidCase],
            [$"{Library}(3,11): error CL0109: base_url must not have a '#' part: write only the address of the site's folder, such as https://example.org/library/"]
        },
        {
            "a base_url with a port and a plain path is fine", [LibraryWith("base_url: https://example.org/", "base_url: http://localhost:8080/my_cases~v2/lib"), ValidCase],
            []
        },
        {
            "a language search has no stemmer for, with texts in it",
            [LibraryWith("[en, it]", "[en, it, es]"), ("competences.yaml", MiniLibrary.CompetencesYaml.Replace("it: Ascolto}", "it: Ascolto, es: Escucha}", StringComparison.Ordinal)), ValidCase, ("one-case/es.md", MiniLibrary.Case(title: "Un caso", extra: "translators: [ann-smith]"))],
            [$"{Library}(2,21): error CL0107: 'es' is a language the site cannot be published in yet: the supported languages are en, it, fr, fi, de and nl; remove es from 'languages'"]
        },
        {
            "texts in a language the site cannot have are one message per file",
            [("competences.yaml", MiniLibrary.CompetencesYaml.Replace("it: Ascolto}", "it: Ascolto, es: Escucha}", StringComparison.Ordinal).Replace("it: Sentire.}", "it: Sentire., es: Oír.}", StringComparison.Ordinal)), ValidCase],
            ["cases/competences.yaml(3,38): error CL0106: 'es' in 'name' is a language the site cannot be published in yet (it supports en, it, fr, fi, de and nl), so no text in 'es' in this file is used (this is the first): remove those texts"]
        },
        {
            "an empty item in a list", [CaseWith("competences: [listening]", "competences: [null]")],
            [$"{Case}(5,15): error CL0104: each item of 'competences' must be a text value, not an empty value"]
        },
        {
            "a list inside a list", [CaseWith("competences: [listening]", "competences: [[listening]]")],
            [$"{Case}(5,15): error CL0104: each item of 'competences' must be a text value, not a list: if the brackets or the ': ' are part of the text, put the whole text in double quotes"]
        },
        {
            "an empty list still needs an item", [CaseWith("competences: [listening]", "competences: []")],
            [$"{Case}(5,14): error CL0103: 'competences' needs at least one item"]
        },
        {
            "an author id that takes a site address", [("authors.yaml", MiniLibrary.AuthorsYaml + "\npage:\n  name: Page Turner\n"), ValidCase],
            ["cases/authors.yaml(3,1): error CL0227: 'page' cannot be an author id: the further pages of the list of authors are published at authors/page/2/, authors/page/3/ …; choose another id (and use it in the cases that name it)"]
        },
        {
            "an empty authors.yaml", [("authors.yaml", ""), ValidCase, ("two-case/en.md", MiniLibrary.Case(title: "Another case"))],
            ["cases/authors.yaml(1,1): error CL0110: the file is empty, so no case can name an author: add each author as its id and ':' on a line of its own, with its fields under it indented by two spaces (for example ann-smith: and under it name: Ann Smith)"]
        },
        {
            "a competences.yaml with only comments", [("competences.yaml", "# The framework's competences.\n\n# (none yet)\n"), ValidCase, ("two-case/en.md", MiniLibrary.Case(title: "Another case"))],
            ["cases/competences.yaml(1,1): error CL0110: the file has only comments, so no case can name a competence: add each competence as its id and ':' on a line of its own, with its fields under it indented by two spaces (for example listening: and under it number: 1 and name: {en: Listening})"]
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_value_is_checked_where_it_is_written_once(string mistake, (string Path, string Text)[] files, string[] expected) =>
        MiniLibrary.AssertCheckReports(mistake, files, expected);

    [Theory]
    [InlineData("https://example.org/a b/", "--base-url contains a space, which a web address cannot hold as written")]
    [InlineData("https://example.org/\"><script>/", "--base-url contains a double quote (\")")]
    [InlineData("https://user:pw@example.org/", "--base-url must not contain a user name or password")]
    [InlineData("https://example.org/?a=1", "--base-url must not have a '?' part")]
    [InlineData("https://example.org/caf%C3%A9/", "--base-url contains '%' (a letter or sign written as a code, such as %20 for a space)")]
    [InlineData("example.org/library/", "--base-url must be an absolute http(s) address such as https://example.org/library/")]
    [InlineData("https://example.org/library/index.html", "--base-url is the address of a page ('index.html'), not of the folder the site is published in: leave 'index.html' out, as in https://example.org/library/")]
    [InlineData("https://example.org/Home.HTM", "--base-url is the address of a page ('Home.HTM'), not of the folder the site is published in: leave 'Home.HTM' out, as in https://example.org/")]
    public void A_base_url_option_that_is_not_a_plain_address_is_a_command_line_error(string url, string message)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ValidCase);

        var outcome = Caselib.Check(cases, temp.Path, "--base-url", url);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Stderr);
        Assert.Empty(outcome.DiagnosticLines);
    }

    public static TheoryData<string, string> RefusedIds() => new()
    {
        { "page", "CL0227" },
        { "con", "CL0211" },
        { "lpt1", "CL0211" },
        { new string('a', 120), "CL0224" },
    };

    /// <summary>The line <c>new</c> prints is exactly the line check prints for a folder of that name, and nothing is made.</summary>
    [Theory]
    [MemberData(nameof(RefusedIds))]
    public void New_refuses_an_id_check_would_refuse_with_checks_own_message(string id, string code)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ValidCase);

        var refused = Caselib.Run(temp.Path, "new", id, "--lang", "en", "--source", cases);

        Assert.Equal(1, refused.ExitCode);
        var line = Assert.Single(refused.DiagnosticLines);
        Assert.StartsWith($"cases/{id}(1,1): error {code}: ", line);
        Assert.Contains("nothing was written", refused.Stderr);
        Assert.False(Directory.Exists(temp[$"cases/{id}"]));
        Assert.Equal(0, Caselib.Run(temp.Path, "new", "next-case", "--lang", "en", "--source", cases).ExitCode);

        temp.Write($"cases/{id}/en.md", MiniLibrary.Case(title: "Made by hand"));
        var checkedByHand = Caselib.Check(cases, temp.Path);
        Assert.Contains(line, checkedByHand.DiagnosticLines);
    }

    [Fact]
    public void New_refuses_a_language_search_has_no_stemmer_for()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ValidCase);

        var outcome = Caselib.Run(temp.Path, "new", "un-caso", "--lang", "es", "--source", cases);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--lang 'es' is a language the site cannot be published in yet: the supported languages are en, it, fr, fi, de and nl", outcome.Stderr);
        Assert.False(Directory.Exists(temp["cases/un-caso"]));
    }

    /// <summary>One list of languages: library.yaml's check, the search stage and explain CL0107 name the same ones.</summary>
    [Fact]
    public void The_supported_languages_are_the_ones_search_has_a_stemmer_for()
    {
        var codes = LanguageInfo.Codes.ToList();
        Assert.Equal(LanguagePipeline.SupportedLanguages, codes);
        Assert.All(codes, code => Assert.NotNull(LanguageInfo.Find(code)));
        var explain = DiagnosticCatalogue.Find("CL0107")!;
        Assert.Equal($"Use a supported two-letter code: {string.Join(", ", codes.SkipLast(1))} or {codes[^1]}.", explain.Fix);
    }

    public static TheoryData<string, byte[], string> Encodings() => new()
    {
        {
            "UTF-32 with its byte order mark", new UTF32Encoding(bigEndian: false, byteOrderMark: true).GetPreamble().Concat(Encoding.UTF32.GetBytes(MiniLibrary.AuthorsYaml)).ToArray(),
            "cases/authors.yaml(1,1): error CL0204: the file is saved as UTF-32, not UTF-8: save it as UTF-8 (in most editors: Save As… → Encoding: UTF-8)"
        },
        {
            "UTF-32 big-endian without one", new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes(MiniLibrary.AuthorsYaml),
            "cases/authors.yaml(1,1): error CL0204: the file is saved as UTF-32, not UTF-8: save it as UTF-8 (in most editors: Save As… → Encoding: UTF-8)"
        },
        {
            "5,000,000 bytes", Encoding.UTF8.GetBytes(MiniLibrary.AuthorsYaml + "\n" + new string('#', 5_000_000 - MiniLibrary.AuthorsYaml.Length - 1)),
            "cases/authors.yaml(1,1): error CL0205: the file is 4.8 MiB; the limit is 4 MiB"
        },
        {
            "one byte over the limit", Encoding.UTF8.GetBytes(MiniLibrary.AuthorsYaml + "\n" + new string('#', (int)SourceReader.MaxTextBytes - MiniLibrary.AuthorsYaml.Length)),
            "cases/authors.yaml(1,1): error CL0205: the file is 4,194,305 bytes; the limit is 4,194,304 bytes (4 MiB)"
        },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_data_file_that_cannot_be_read_says_why_in_numbers_and_names_that_differ(string mistake, byte[] bytes, string expected)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ValidCase);
        temp.WriteBytes("cases/authors.yaml", bytes);

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.True(new[] { expected }.SequenceEqual(outcome.DiagnosticLines), $"{mistake}:\n{string.Join("\n", outcome.DiagnosticLines)}");
        Assert.Equal(1, outcome.ExitCode);
    }
}
