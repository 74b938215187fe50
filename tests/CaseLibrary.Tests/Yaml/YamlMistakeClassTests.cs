using CaseLibrary.Diagnostics;
using CaseLibrary.Yaml;

namespace CaseLibrary.Tests.Yaml;

/// <summary>
/// The whole class of slips, not the listed examples: every character a contributor might mistype, inserted at every
/// position of a valid front matter and data file, and every line-level slip on every line. Whatever the result, the
/// reader reports at most one syntax error, in the file's coordinates, in its own words.
/// </summary>
public sealed class YamlMistakeClassTests
{
    private const string FrontMatter = """
        title: "Peer mentors in Cork"
        summary: Returners help each other, in pairs.
        country: IE
        competences: [listening, networking]
        authors:
          - ann-smith
        date: 2024-01-02
        learning_objectives:
          - Plan a peer scheme
        """;

    private const string Authors = """
        ann-smith:
          name: Ann Smith
          bio:
            en: Careers adviser.
            it: Consulente.
          links:
            - {label: Site, url: "https://example.org/"}
        """;

    private static readonly string[] Jargon =
        ["While ", "scanning", "xpected", "did not find", "mapping value", "plain scalar", "block mapping", "token", "Idx", "Exception", "stream", "event", "flow", "simple key", "indicator"];

    private static readonly string[] Typed = [":", "#", "\"", "'", "[", "]", "{", "}", "\t", "-", "*", "&", "!", "|", ">", "%", "@", "`", ",", "\\", "“", "’", " ", "\n", "?", "\0", "\u0001"];

    public static TheoryData<string> Sources() => new(["front matter", "authors"]);

    [Theory]
    [MemberData(nameof(Sources))]
    public void Any_typed_character_anywhere_gets_a_plain_message_in_file_coordinates(string source)
    {
        var (text, offset, path) = Source(source);
        var checkedCount = 0;
        for (var position = 0; position <= text.Length; position++)
        {
            foreach (var typed in Typed)
            {
                AssertPlain(text.Insert(position, typed), offset, path);
                checkedCount++;
            }
        }
        Assert.True(checkedCount > 1000);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Any_line_level_slip_on_any_line_gets_a_plain_message(string source)
    {
        var (text, offset, path) = Source(source);
        var lines = text.Split('\n');
        Func<string, string>[] slips =
        [
            l => "\t" + l, l => " " + l, l => "   " + l, l => l.TrimStart(), l => l + ": more", l => l + " #1", l => l + "'s",
            l => l.Replace(": ", ":", StringComparison.Ordinal), l => l.Replace(": ", ": “", StringComparison.Ordinal) + "”",
            l => l.Replace(": ", ": '", StringComparison.Ordinal), l => l.Replace(": ", ": \"", StringComparison.Ordinal),
            l => l.Replace(": ", ": [", StringComparison.Ordinal), l => l.Replace("]", "", StringComparison.Ordinal),
            l => l.Replace("}", "", StringComparison.Ordinal), l => l.Replace("\"", "", StringComparison.Ordinal),
            l => l.Replace("- ", "", StringComparison.Ordinal), l => l.Replace(":", "", StringComparison.Ordinal), l => l + "\n" + l,
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var slip in slips)
            {
                var changed = (string[])lines.Clone();
                changed[i] = slip(lines[i]);
                AssertPlain(string.Join('\n', changed), offset, path);
            }
        }
    }

    private static (string Text, int Offset, string Path) Source(string name) => name == "front matter"
        ? (FrontMatter + "\n", 1, "cases/x/en.md")
        : (Authors + "\n", 0, "cases/authors.yaml");

    private static void AssertPlain(string yaml, int offset, string path)
    {
        var diagnostics = new DiagnosticBag();
        YamlDocumentReader.Read(yaml, path, offset, diagnostics);
        var all = diagnostics.Sorted();
        var lineCount = yaml.Split('\n').Length;
        Assert.True(all.Count(d => d.IsError) <= 1, $"more than one syntax error for:\n{yaml}\n{string.Join("\n", all)}");
        foreach (var diagnostic in all)
        {
            var context = $"{diagnostic} for:\n{yaml}";
            Assert.DoesNotContain(Jargon, word => diagnostic.Message.Contains(word, StringComparison.Ordinal));
            Assert.Matches("^(YAML0(0[1-8]|1[0-9]|2[0-3])|CL0150|CL0175)$", diagnostic.Code);
            Assert.Equal(path, diagnostic.Location.Path);
            Assert.InRange(diagnostic.Location.Line, offset + 1, offset + lineCount);
            var line = yaml.Split('\n')[diagnostic.Location.Line - offset - 1];
            Assert.True(diagnostic.Location.Column >= 1 && diagnostic.Location.Column <= line.Length + 1, context);
        }
    }
}
