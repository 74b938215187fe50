using CaseLibrary.Build;
using CaseLibrary.Cli;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Contributing;

/// <summary>
/// Drafts are checked and counted by check, shown and marked by serve, and named when build leaves them out; links to
/// cases written as GitHub shows the file reach the case in the page's language, else the original.
/// </summary>
public sealed class DraftAndCaseLinkTests
{
    private static string Draft(string title) => MiniLibrary.Case(title: title, extra: "draft: true");

    [Fact]
    public void Check_includes_and_counts_drafts_and_build_names_those_it_leaves_out()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("published/en.md", MiniLibrary.Case()), ("work-in-progress/en.md", Draft("Half done")));

        var check = Caselib.Check(cases, temp.Path);
        var build = Caselib.Run(temp.Path, "build", "--source", cases, "--theme", RepoPaths.Theme, "--out", temp["public"]);

        Assert.Equal(0, check.ExitCode);
        Assert.Contains("Checked 2 cases (1 draft file(s) among them), drafts included: no errors, 0 warning(s).", check.Stdout);
        Assert.Equal(0, build.ExitCode);
        Assert.Contains("Built 1 cases: ", build.Stdout);
        Assert.Contains("Left out 1 draft file(s) (cases/work-in-progress/en.md): they are not published until 'draft: true' is removed; preview them with serve, or build --drafts.", build.Stdout);
        Assert.False(Directory.Exists(temp["public/en/cases/work-in-progress"]));
    }

    [Fact]
    public void Serve_shows_drafts_and_the_page_says_it_is_a_draft()
    {
        var parsed = CommandLineParser.Parse(["serve", "--port", "0"], Caselib.Plain);
        Assert.True(parsed.Options!.Drafts);

        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("published/en.md", MiniLibrary.Case()), ("work-in-progress/en.md", Draft("Half done")));
        var result = new BuildPipeline().Run(parsed.Options with { Source = cases, Theme = RepoPaths.Theme, DisplayRoot = temp.Path, SearchPath = TestPrograms.SearchPath }, BuildPlan.Serve);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Page(result, "en/cases/work-in-progress/index.html");
        var notice = page.QuerySelector(".draft-notice");
        Assert.NotNull(notice);
        Assert.StartsWith("Draft.", notice!.TextContent);
        Assert.Null(Page(result, "en/cases/published/index.html").QuerySelector(".draft-notice"));
    }

    [Fact]
    public void Every_language_has_the_draft_notice()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, "i18n"), "*.yaml"))
        {
            var text = File.ReadAllText(file);
            Assert.Contains("\n  draft_title: ", text);
            Assert.Contains("\n  draft_text: ", text);
        }
    }

    [Fact]
    public void A_link_written_as_GitHub_shows_the_file_reaches_the_case_in_the_page_language_or_the_original()
    {
        using var temp = new TempFolder();
        const string links = "## Context\n\nA [a](../both/en.md) b [b](../both/) c [c](../english-only/it.md) d [d](../both/it.md#seconda) e [e](it.md) f [f](../both).\n";
        var cases = MiniLibrary.Write(temp,
            ("linking/en.md", MiniLibrary.Case(title: "Linking", body: links)),
            ("linking/it.md", MiniLibrary.Case(title: "Collegamenti", extra: "translators: [ann-smith]", body: links)),
            ("both/en.md", MiniLibrary.Case(title: "Both")),
            ("both/it.md", MiniLibrary.Case(title: "Entrambi", extra: "translators: [ann-smith]", body: "## Contesto\n\nTesto.\n\n## Seconda\n\nAltro.\n")),
            ("english-only/en.md", MiniLibrary.Case(title: "English only")));

        var build = Caselib.Build(cases, temp["public"]);

        Assert.True(build.ExitCode == 0 && build.DiagnosticLines.Count == 0, build.Stderr);
        Assert.Equal(
            ["../both/", "../both/", "../english-only/", "../../../it/cases/both/#seconda", "../../../it/cases/linking/", "../both/"],
            BodyLinks(temp["public/en/cases/linking/index.html"]));
        Assert.Equal(
            ["../both/", "../both/", "../../../en/cases/english-only/", "../both/#seconda", "../linking/", "../both/"],
            BodyLinks(temp["public/it/cases/linking/index.html"]));
    }

    private static AngleSharp.Dom.IDocument Page(BuildResult result, string path) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(result.Files.Single(f => f.Path == path).Markup!);

    private static List<string> BodyLinks(string file) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file))
            .QuerySelectorAll("a:not(.permalink)").Where(a => a.TextContent.Length == 1).Select(a => a.GetAttribute("href")!).ToList();
}
