using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CaseLibrary.Markdown;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Checking;

/// <summary>
/// Heading ids and the theme's ids live in separate namespaces: the theme's all start with "cl-", a heading's never
/// does, so no heading can take the id of the skip-link target or of an element a script looks for. The link
/// checker reports an id given twice on one page (CL0603), the safety net for theme authors.
/// </summary>
public sealed partial class HeadingIdTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [GeneratedRegex("""\bid="([^"]*)"|\bid:\s*"([^"]*)"|\.id\s*=\s*['"]([^'"]*)['"]""")]
    private static partial Regex IdInSource();

    /// <summary>Every literal id in the theme's layouts and scripts and in serve's live script (template expressions left out).</summary>
    private static List<(string File, string Id)> ThemeIds()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, "layouts"), "*.html", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, "assets"), "*.js", SearchOption.AllDirectories))
            .Select(f => (File: Path.GetRelativePath(RepoPaths.Root, f), Text: File.ReadAllText(f)))
            .Append((File: "generator/Serve/LiveScriptSource.cs", Text: File.ReadAllText(Path.Combine(RepoPaths.Root, "generator/Serve/LiveScriptSource.cs"))));
        return [.. files.SelectMany(f => IdInSource().Matches(f.Text)
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value)
            .Where(id => !id.Contains("{{", StringComparison.Ordinal))
            .Select(id => (f.File, id)))];
    }

    [Fact]
    public void Every_id_the_theme_and_its_scripts_use_starts_with_the_reserved_prefix()
    {
        var ids = ThemeIds();
        Assert.Contains(ids, i => i.Id == "cl-main");
        Assert.Contains(ids, i => i.Id == "cl-pack");
        Assert.Contains(ids, i => i.Id == "cl-live-overlay");
        Assert.All(ids, i => Assert.True(i.Id.StartsWith(HeadingIdNamespace.ReservedPrefix, StringComparison.Ordinal), $"{i.File}: id '{i.Id}' lacks the prefix"));
    }

    [Fact]
    public void Headings_named_like_any_theme_id_never_give_a_page_a_second_element_with_that_id()
    {
        var themeIds = ThemeIds().Select(i => i.Id).Distinct().ToList();
        // Each theme id, as written (## cl-main) and without its prefix (## main), and the review's examples.
        var titles = themeIds.Concat(themeIds.Select(id => id[HeadingIdNamespace.ReservedPrefix.Length..]))
            .Concat(["Main", "Pack", "Licence filter", "Cl main", "CL Pack", "H cl main", "h-cl-main", "Background", "Search", "Cite"]).ToList();
        var body = string.Concat(titles.Select(t => $"## {t}\n\nText.\n\n"));
        var cases = MiniLibrary.Write(_temp,
            ("clash-case/en.md", MiniLibrary.Case("Clash", body: body)),
            ("clash-case/en.notes.md", "---\ntitle: \"Notes\"\n---\n" + body),
            ("other-case/en.md", MiniLibrary.Case("Other")));
        var outcome = Caselib.Build(cases, _temp["out"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);

        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(_temp["out"], "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 10, $"only {pages.Count} pages");
        foreach (var file in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            var repeated = document.All.Where(e => e.Id is { Length: > 0 }).GroupBy(e => e.Id!).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0, $"{file}: ids given twice: {string.Join(", ", repeated)}");
            Assert.Equal("MAIN", document.GetElementById("cl-main")?.TagName);
        }

        foreach (var page in new[] { "en/cases/clash-case/index.html", "en/cases/clash-case/notes/index.html" })
        {
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(_temp["out"], page)));
            var headingIds = document.QuerySelectorAll(".prose h2").Select(h => h.Id ?? "").ToList();
            Assert.Equal(titles.Count, headingIds.Count);
            Assert.DoesNotContain(headingIds, id => id.StartsWith("cl-", StringComparison.OrdinalIgnoreCase));
            // Natural anchors stay as authors expect them; the escaped ones are still unique and linkable.
            Assert.Contains("background", headingIds);
            Assert.Contains("main", headingIds);
            Assert.Contains("pack", headingIds);
            Assert.Contains("licence-filter", headingIds);
            Assert.Contains("h-cl-main", headingIds);
            Assert.Equal(headingIds.Count, headingIds.Distinct().Count());
        }
    }

    [Fact]
    public void A_template_that_gives_two_elements_the_same_id_is_reported()
    {
        var theme = _temp["theme"];
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(theme, Path.GetRelativePath(RepoPaths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var baseof = Path.Combine(theme, "layouts", "baseof.html");
        var text = File.ReadAllText(baseof);
        Assert.Contains("<main id=\"cl-main\"", text);
        File.WriteAllText(baseof, text.Replace("<main id=\"cl-main\"", "<div id=\"cl-main\"></div><main id=\"cl-main\""));
        var cases = MiniLibrary.Write(_temp, ("a-case/en.md", MiniLibrary.Case()));

        var outcome = Caselib.Run(_temp.Path, "check", "--source", cases, "--theme", theme);
        Assert.NotEqual(0, outcome.ExitCode);
        var lines = outcome.DiagnosticLines.Where(l => l.Contains("error CL0603", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains("the id 'cl-main' is given to more than one element on ", l));
    }

    public void Dispose() => _temp.Dispose();
}
