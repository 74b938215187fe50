using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>
/// Raw HTML of every kind, closing tags included (review F8), and invisible control characters and noncharacters in
/// any text (review F9) are diagnostics at their position with exit 1: never passed through, never an internal error.
/// </summary>
public sealed class HostileTextTests
{
    // MiniLibrary.Case puts the body on line 10 (line 9 holds the extra front matter).
    private const int BodyLine = 10;

    [Theory]
    [InlineData("</div>")]
    [InlineData("</main>")]
    [InlineData("</body>")]
    [InlineData("</html>")]
    [InlineData("</script>")]
    [InlineData("</noscript>")]
    [InlineData("</template>")]
    [InlineData("</textarea>")]
    [InlineData("</title>")]
    [InlineData("</style>")]
    [InlineData("</article >")]
    [InlineData("</x>")]
    public void Closing_tags_are_raw_html_errors_at_their_position(string tag)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("hostile/en.md", MiniLibrary.Case(body: $"L7: {tag} closing tag\n")));
        var outcome = Caselib.Check(cases, temp.Path);
        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.DiagnosticLines);
        Assert.StartsWith($"cases/hostile/en.md({BodyLine},5): error CL0401: raw HTML '{tag}' is not allowed", line);
    }

    [Fact]
    public void Every_closing_tag_of_the_review_line_is_reported()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("hostile/en.md", MiniLibrary.Case(
            body: "L7: </div></main></body></html> closing tags\nL8: </script></noscript></template></textarea></title></style>\n")));
        var outcome = Caselib.Check(cases, temp.Path);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(10, outcome.DiagnosticLines.Count(l => l.Contains("error CL0401")));
    }

    [Theory]
    [InlineData("Some <b>bold</b> text.", 1)]
    [InlineData("Some <b>bold</B> and <i>it</i> text.", 2)]
    [InlineData("Some </b>bold<b> text.", 2)]
    [InlineData("Some <b>bold</b></b> text.", 2)]
    [InlineData("Line <b>one\n\nline</b> two.", 2)]
    public void An_element_is_one_message_but_every_unpaired_closing_tag_is_reported(string body, int count)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("hostile/en.md", MiniLibrary.Case(body: body + "\n")));
        var outcome = Caselib.Check(cases, temp.Path);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(count, outcome.DiagnosticLines.Count(l => l.Contains("error CL0401")));
    }

    public static TheoryData<string, string> ControlCharacters() => new()
    {
        { "\\x01", "U+0001" }, { "\\x07", "U+0007" }, { "\\0", "U+0000" }, { "\\x1b", "U+001B" }, { "\\r", "U+000D" },
        { "\\x7f", "U+007F" }, { "\\x85", "U+0085" }, { "\\x9f", "U+009F" }, { "\\uFFFE", "U+FFFE" }, { "\\uFFFF", "U+FFFF" },
        { "\\uFDD0", "U+FDD0" }, { "\\U0001FFFE", "U+1FFFE" }, { "\\U0010FFFF", "U+10FFFF" },
        { "\\u202E", "U+202E" }, { "\\u202A", "U+202A" }, { "\\u202D", "U+202D" }, // bidirectional overrides and embeddings
    };

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public void A_control_character_or_noncharacter_in_front_matter_is_an_error_at_the_value(string escape, string name)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("hostile/en.md", MiniLibrary.Case(title: $"Beta {escape} end")));
        var outcome = Build(temp, cases);
        Assert.True(outcome.ExitCode == 1, outcome.Stderr);
        var line = Assert.Single(outcome.DiagnosticLines);
        Assert.StartsWith($"cases/hostile/en.md(2,8): error CL0150: ", line);
        Assert.Contains(name, line);
        Assert.False(Directory.Exists(temp["public"]));
    }

    [Theory]
    [InlineData("authors.yaml", "ann-smith:\n  name: \"Ann \\x07 Smith\"\n", "cases/authors.yaml(2,9)")]
    [InlineData("competences.yaml", "listening:\n  number: 1\n  name: {en: \"Listen\\x01\", it: Ascolto}\n  description: {en: Hearing., it: Sentire.}\n", "cases/competences.yaml(3,14)")]
    [InlineData("library.yaml", "title: {en: \"Mini\\uFFFE\", it: Mini IT}\nlanguages: [en, it]\nbase_url: https://example.org/\nlicence: CC-BY-4.0\n", "cases/library.yaml(1,13)")]
    [InlineData("hostile/en.md", "---\ntitle: A case\n\"key\\x01\": 1\nsummary: A summary.\ncountry: IE\ncompetences: [listening]\nauthors: [ann-smith]\ndate: 2024-01-02\n---\n## Context\n\nText.\n", "cases/hostile/en.md(3,1)")]
    [InlineData("hostile/en.notes.md", "---\ntitle: \"Notes \\x01\"\n---\n## Notes\n\nText.\n", "cases/hostile/en.notes.md(2,8)")]
    public void A_control_character_in_any_yaml_file_is_an_error_at_the_node(string file, string text, string location)
    {
        using var temp = new TempFolder();
        var files = new List<(string, string)> { ("hostile/en.md", MiniLibrary.Case()) };
        files.RemoveAll(f => f.Item1 == file);
        var cases = MiniLibrary.Write(temp, [.. files]);
        temp.Write("cases/" + file, text);
        var outcome = Build(temp, cases);
        Assert.True(outcome.ExitCode == 1, outcome.Stderr);
        Assert.Contains(outcome.DiagnosticLines, l => l.StartsWith(location + ": error CL0150: ", StringComparison.Ordinal));
        Assert.DoesNotContain("internal error", outcome.Stderr);
        Assert.False(Directory.Exists(temp["public"]));
    }

    [Fact]
    public void Control_characters_in_title_summary_and_author_name_are_all_reported_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("hostile/en.md", MiniLibrary.Case(title: "Beta \\x01 \\u0000 \\uFFFE")
            .Replace("summary: A summary.", "summary: \"Sum \\x07\"")));
        temp.Write("cases/authors.yaml", "ann-smith:\n  name: \"Ann \\x07 Smith\"\n");
        var outcome = Build(temp, cases);
        Assert.True(outcome.ExitCode == 1, outcome.Stderr);
        Assert.DoesNotContain("internal error", outcome.Stderr);
        Assert.Contains(outcome.DiagnosticLines, l => l.StartsWith("cases/hostile/en.md(2,8): error CL0150: ", StringComparison.Ordinal));
        Assert.Contains(outcome.DiagnosticLines, l => l.StartsWith("cases/hostile/en.md(3,10): error CL0150: ", StringComparison.Ordinal));
        Assert.Contains(outcome.DiagnosticLines, l => l.StartsWith("cases/authors.yaml(2,9): error CL0150: ", StringComparison.Ordinal));
        Assert.False(Directory.Exists(temp["public"]));
    }

    [Theory]
    [InlineData("\u0001", "U+0001")]
    [InlineData("\u0000", "U+0000")]
    [InlineData("\u007F", "U+007F")]
    [InlineData("\u0085", "U+0085")]
    [InlineData("\uFFFE", "U+FFFE")]
    [InlineData("\U0010FFFF", "U+10FFFF")]
    public void Control_characters_in_a_body_are_reported_at_their_line_and_column(string character, string name)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("hostile/en.md", MiniLibrary.Case(body: $"## Context\n\nText {character} and {character} here.\n")));
        var outcome = Build(temp, cases);
        Assert.True(outcome.ExitCode == 1, outcome.Stderr);
        Assert.Equal(2, outcome.DiagnosticLines.Count);
        Assert.StartsWith($"cases/hostile/en.md({BodyLine + 2},6): error CL0150: this line contains the invisible control character {name}", outcome.DiagnosticLines[0]);
        Assert.StartsWith($"cases/hostile/en.md({BodyLine + 2},{12 + character.Length - 1}): error CL0150: ", outcome.DiagnosticLines[1]);
        Assert.False(Directory.Exists(temp["public"]));
    }

    [Fact]
    public void Tabs_newlines_and_windows_line_endings_are_not_control_character_errors()
    {
        using var temp = new TempFolder();
        var text = MiniLibrary.Case(title: "Tab\\there", body: "## Context\n\nText\twith a tab.\n").Replace("\n", "\r\n")
            .Replace("summary: A summary.", "summary: |\r\n  Two\r\n  lines.");
        var cases = MiniLibrary.Write(temp, ("fine/en.md", text));
        var outcome = Caselib.Check(cases, temp.Path);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
    }

    private static Caselib.Outcome Build(TempFolder temp, string cases) =>
        Caselib.Run(temp.Path, "build", "--source", cases, "--theme", RepoPaths.Theme, "--out", temp["public"]);
}
