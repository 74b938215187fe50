using System.Text;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>
/// Every kind of hostile or broken input of issue 4 that the fixtures under tests/fixtures/broken* do not already
/// cover: each gives a diagnostic at its file (line, column) and exit 1, never an internal error or a written site.
/// </summary>
public sealed class HostileInputTests
{
    // MiniLibrary.Case puts the body on line 10 (line 9 holds the extra front matter).
    private const int BodyLine = 10;

    [Theory]
    [InlineData("![x](../other-case/pic.png)", "images must be files in the case's own folder")]
    [InlineData("![x](../../../../etc/passwd)", "images must be files in the case's own folder")]
    [InlineData("![x](/etc/passwd)", "links starting with '/'")]
    [InlineData("![x](file:///etc/passwd)", "images must be a file beside the case, not 'file:'")]
    [InlineData("![x](javascript:alert(1))", "images must be a file beside the case, not 'javascript:'")]
    [InlineData("![x](http://example.org/x.png)", "images from other sites are not allowed: download the image, put the file beside the case")]
    [InlineData("![x](https://example.org/x.png)", "images from other sites are not allowed: download the image, put the file beside the case")]
    [InlineData("![x](HTTPS://tracker.example/p.gif?u=1)", "images from other sites are not allowed")]
    [InlineData("![x](//tracker.example/p.gif)", "images from other sites are not allowed")]
    [InlineData("![x][img]\n\n[img]: https://tracker.example/p.gif", "images from other sites are not allowed")]
    [InlineData("[![x](https://tracker.example/p.gif)](https://example.org/)", "images from other sites are not allowed")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)", "'data:' links are not allowed")]
    [InlineData("[x](JaVaScRiPt:alert(1))", "'javascript:' links are not allowed")]
    [InlineData("[x](java&#115;cript:alert(1))", "'javascript:' links are not allowed")]
    [InlineData("[x](<javascript:alert(1)>)", "'javascript:' links are not allowed")]
    [InlineData("[x](vbscript:msgbox(1))", "'vbscript:' links are not allowed")]
    [InlineData("[x](file:///etc/passwd)", "'file:' links are not allowed")]
    [InlineData("[x](//evil.example/)", "write the full address with https://")]
    [InlineData("[x](C:/Windows/win.ini)", "'c:' links are not allowed")]
    [InlineData("[x](../../../../../etc/passwd)", "the link leaves the case library")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)", "'javascript:' links are not allowed")]
    [InlineData("<javascript:alert(1)>", "'javascript:' links are not allowed")]
    public void Unsafe_link_and_image_addresses_are_errors_at_their_position(string markdown, string message)
    {
        var outcome = CheckBody(markdown, out _);
        var line = Assert.Single(outcome.DiagnosticLines, l => l.Contains("CL0402"));
        Assert.StartsWith($"cases/hostile/en.md({BodyLine},", line);
        Assert.Contains(message, line);
    }

    [Theory]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>")]
    [InlineData("<object data=\"x.pdf\"></object>")]
    [InlineData("<embed src=\"x.swf\">")]
    [InlineData("<svg onload=\"alert(1)\"><circle r=\"5\"/></svg>")]
    [InlineData("<style>body { display: none }</style>")]
    [InlineData("<div style=\"background: url(javascript:alert(1))\">x</div>")]
    [InlineData("<!-- <script>alert(1)</script> -->")]
    [InlineData("Text <img src=x onerror=alert(1)> more.")]
    [InlineData("Text <a href=\"javascript:alert(1)\">x</a> more.")]
    [InlineData("Text <span style=\"position:fixed\">x</span> more.")]
    [InlineData("<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>")]
    [InlineData("Text with <a href=\"nowhere.html\">inline</a>.")]
    [InlineData("<p><img src=\"y.png\" alt=\"y\"></p>")]
    public void Raw_html_payloads_are_errors_at_their_position(string markdown)
    {
        var outcome = CheckBody(markdown, out _);
        Assert.Contains(outcome.DiagnosticLines, l => l.StartsWith($"cases/hostile/en.md({BodyLine},", StringComparison.Ordinal) && l.Contains("error CL0401"));
        // The refused HTML is the only error: its addresses are not also broken links at the top of the file (CL0601 at 1,1).
        Assert.All(outcome.DiagnosticLines.Where(l => l.Contains(": error ", StringComparison.Ordinal)), l => Assert.Contains("error CL0401", l));
    }

    [Theory]
    [InlineData("> ", 400, "CL0406: the Markdown is nested too deeply")]
    [InlineData("  - a\n", 0, "CL0406: the Markdown is nested too deeply")]
    [InlineData("[", 60000, "CL0412: this line has more than 1,000 '['")]
    [InlineData("*a ", 100000, "CL0406: the Markdown is nested too deeply")]
    public void Absurdly_nested_markdown_is_an_error_not_a_crash_or_a_hang(string unit, int count, string expected)
    {
        var markdown = count == 0
            ? string.Concat(Enumerable.Range(0, 400).Select(i => new string(' ', 2 * i) + "- a\n"))
            : string.Concat(Enumerable.Repeat(unit, count)) + "x\n";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcome = CheckBody(markdown, out _);
        Assert.Contains(outcome.DiagnosticLines, l => l.Contains("error " + expected, StringComparison.Ordinal));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("My Case", "CL0202", "(did you mean 'my-case'?)")]
    [InlineData("UPPER-case", "CL0202", "(did you mean 'upper-case'?)")]
    [InlineData("café", "CL0202", "not a valid case id")]
    [InlineData("con", "CL0211", "reserved device name on Windows")]
    [InlineData("nul", "CL0211", "reserved device name on Windows")]
    [InlineData("com1", "CL0211", "reserved device name on Windows")]
    public void Case_folder_names_that_are_not_ids_are_errors(string folder, string code, string message)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ($"{folder}/en.md", MiniLibrary.Case()));
        var outcome = Caselib.Build(cases, temp["public"]);
        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.DiagnosticLines);
        Assert.Contains($"{folder}(1,1): error {code}: ", line);
        Assert.Contains(message, line);
        Assert.False(Directory.Exists(temp["public"]));
    }

    [Theory]
    [InlineData("En.md", "CL0209")]
    [InlineData("en copy.md", "CL0209")]
    [InlineData("english.md", "CL0209")]
    [InlineData("Photo.PNG", "CL0210")]
    [InlineData("my photo.png", "CL0210")]
    [InlineData("diagram.svg", "CL0210")]
    [InlineData("page.html", "CL0210")]
    [InlineData("con.png", "CL0211")]
    [InlineData("aux.pdf", "CL0211")]
    public void File_names_in_a_case_folder_that_cannot_be_published_are_errors(string name, string code)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()), ($"a-case/{name}", "<svg onload=\"alert(1)\"/>"));
        var outcome = Caselib.Check(cases, temp.Path);
        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith($"cases/a-case/{name}(1,1): error {code}: ", Assert.Single(outcome.DiagnosticLines));
    }

    [Fact]
    public void A_missing_image_is_reported_where_it_is_used_and_an_existing_one_is_published_beside_the_page()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case(body: "## Context\n\n![A chart](chart.png)\n\nAnd ![missing](missing.png).\n")));
        temp.WriteBytes("cases/a-case/chart.png", [0x89, 0x50, 0x4E, 0x47]);

        var broken = Caselib.Check(cases, temp.Path);
        Assert.Equal(1, broken.ExitCode);
        Assert.Equal(["cases/a-case/en.md(14,16): error CL0601: broken link 'missing.png' on en/cases/a-case/index.html: no such page or file"], broken.DiagnosticLines);

        File.WriteAllText(temp["cases/a-case/en.md"], MiniLibrary.Case(body: "## Context\n\n![A chart](chart.png)\n"));
        Assert.Equal(0, Caselib.Build(cases, temp["public"]).ExitCode);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(temp["public/en/cases/a-case/chart.png"]));
        Assert.Contains("<img src=\"chart.png\" alt=\"A chart\"", File.ReadAllText(temp["public/en/cases/a-case/index.html"]));
    }

    [Theory]
    [InlineData("title: \"" + "{0}" + "\"", "YAML005", 2)]
    [InlineData("tags: {1}", "YAML003", 2)]
    [InlineData("title: \"a\0b\"", "CL0150", 2)]
    [InlineData("title: [unclosed", "YAML019", 2)]
    [InlineData("title: A\ntitle: B", "YAML007", 3)]
    [InlineData("title: &x A", "YAML004", 2)]
    [InlineData("? [complex, key]\n: value", "YAML006", 2)]
    public void Hostile_front_matter_yaml_is_an_error_with_its_line(string template, string code, int line)
    {
        var yaml = template.Replace("{0}", new string('x', 300_000)).Replace("{1}", new string('[', 100) + new string(']', 100));
        using var temp = new TempFolder();
        var text = "---\n" + yaml + "\nsummary: S.\ncountry: IE\ncompetences: [listening]\nauthors: [ann-smith]\ndate: 2024-01-02\n---\nBody.\n";
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", text));
        var outcome = Caselib.Check(cases, temp.Path);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(outcome.DiagnosticLines, l => l.StartsWith($"cases/a-case/en.md({line},", StringComparison.Ordinal) && l.Contains($"error {code}: "));
    }

    [Theory]
    [InlineData("library.yaml", "", "error CL0102: missing required key 'title' in library.yaml")]
    [InlineData("library.yaml", "title: x\nlanguages: [en]\n---\ntitle: y\n", "error YAML002: only one YAML document is allowed here")]
    [InlineData("competences.yaml", "", "cases/competences.yaml(1,1): error CL0110: the file is empty, so no case can name a competence")]
    [InlineData("authors.yaml", "- a\n- b\n", "error CL0104: the file must be a mapping keyed by author id, not a list")]
    [InlineData("authors.yaml", "ann-smith:\n\tname: Tab\n", "error YAML008: a tab indents this line")]
    [InlineData("competences.yaml", "listening:\n  number: 1\n  name: " + "{2}", "error YAML005:")]
    public void Empty_and_hostile_data_files_are_errors(string file, string text, string expected)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        File.WriteAllText(Path.Combine(cases, file), text.Replace("{2}", new string('y', 250_000)));
        var outcome = Caselib.Build(cases, temp["public"]);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(outcome.DiagnosticLines, l => l.Contains(expected));
        Assert.False(Directory.Exists(temp["public"]));
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    public void Invalid_utf8_sequences_are_reported_at_their_position(byte[] bad)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp);
        var before = Encoding.UTF8.GetBytes("---\ntitle: ab");
        temp.WriteBytes("cases/a-case/en.md", [.. before, .. bad, .. Encoding.UTF8.GetBytes("\n---\n")]);
        var outcome = Caselib.Check(cases, temp.Path);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(["cases/a-case/en.md(2,10): error CL0204: the file is not valid UTF-8, so the letter here cannot be read (it was probably saved as Windows-1252, \"ANSI\" or Latin-1): save it as UTF-8 (in most editors: Save As… → Encoding: UTF-8), then check this letter"], outcome.DiagnosticLines);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    [InlineData("\uFEFF")]
    [InlineData("---")]
    [InlineData("---\n---\n")]
    [InlineData("Just text, no front matter.\n")]
    public void Empty_and_frontmatterless_files_are_errors(string text)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", text));
        var outcome = Caselib.Check(cases, temp.Path);
        Assert.Equal(1, outcome.ExitCode);
        Assert.NotEmpty(outcome.DiagnosticLines);
        Assert.All(outcome.DiagnosticLines, l => Assert.StartsWith("cases/a-case/en.md(", l));
    }

    [Fact]
    public void A_symbolic_link_in_the_theme_pointing_outside_is_refused()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        ThemeCopy.Write(temp);
        var secret = temp.Write("outside/secret.html", "SECRET OUTSIDE THE THEME");
        File.Delete(temp["theme/layouts/404.html"]);
        File.CreateSymbolicLink(temp["theme/layouts/404.html"], secret);

        var outcome = Caselib.Run(temp.Path, "build", "--source", cases, "--theme", temp["theme"], "--out", temp["public"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("theme/layouts/404.html(1,1): error CL0203:", outcome.Stderr);
        Assert.DoesNotContain("SECRET", outcome.Stdout + outcome.Stderr);
        Assert.False(Directory.Exists(temp["public"]));
    }

    private static Caselib.Outcome CheckBody(string markdown, out string cases)
    {
        using var temp = new TempFolder();
        cases = MiniLibrary.Write(temp, ("hostile/en.md", MiniLibrary.Case(body: markdown)));
        var outcome = Caselib.Check(cases, temp.Path);
        Assert.True(outcome.ExitCode == 1, outcome.Stdout + outcome.Stderr);
        return outcome;
    }
}
