using CaseLibrary.BrowserTests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA rules) on every page template in English, light and dark, and on the main
/// templates in every other language: zero violations. Dynamic pages are checked in their filled-in state
/// (search with results, course pack in its trainer edition with two cases and their notes).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(SiteFixture fixture)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static TheoryData<string> Schemes() => new(["light", "dark"]);

    public static TheoryData<string> OtherLanguages() => new(["it", "fr", "fi", "de", "nl"]);

    [BrowserTheory]
    [MemberData(nameof(Schemes))]
    public async Task Every_template_in_english_has_no_axe_violations(string scheme)
    {
        var failures = await Check(AllTemplates("en"), scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        Assert.True(failures.Count == 0, $"axe ({scheme}) found violations:\n" + string.Join("\n", failures));
    }

    [BrowserTheory]
    [MemberData(nameof(OtherLanguages))]
    public async Task The_main_templates_in_every_language_have_no_axe_violations(string lang)
    {
        var pages = new List<(string, string)>
        {
            ("home", BuiltSite.Home(lang)), ("cases", BuiltSite.ListPage(lang, "cases")), ("case", fixture.Site.FirstCase(lang)),
            ("matrix", $"/{lang}/competences/matrix/"), ("competence", fixture.Site.FirstItem(lang, "competences")),
            ("course pack", CoursePack(lang)), ("search", $"/{lang}/search/?q=guidance&all=1"),
            ("cases filters open", BuiltSite.ListPage(lang, "cases")), ("about", $"/{lang}/about/"),
        };
        if (NotesPage(lang) is { } notes) pages.Add(("notes", notes));
        var failures = await Check(pages, ColorScheme.Light);
        Assert.True(failures.Count == 0, $"axe ({lang}) found violations:\n" + string.Join("\n", failures));
    }

    [BrowserFact]
    public async Task The_axe_harness_reports_a_real_violation()
    {
        await using var session = await fixture.OpenAsync();
        await session.Page.GotoAsync("/");
        await session.Page.EvaluateAsync("() => { const p = document.createElement('p'); p.textContent = 'faint text'; p.style.color = '#eeeeee'; p.style.background = '#ffffff'; document.querySelector('main').append(p); const i = document.createElement('img'); i.src = 'x.png'; document.querySelector('main').append(i); }");
        var result = await session.Page.RunAxe(Wcag21AA);
        var ids = result.Violations.Select(v => v.Id).ToList();
        Assert.Contains("color-contrast", ids);
        Assert.Contains("image-alt", ids);
    }

    /// <summary>The course pack opened from a shared link over a different saved pack: the notice and its two buttons.</summary>
    [BrowserTheory]
    [MemberData(nameof(Schemes))]
    public async Task The_shared_pack_notice_has_no_axe_violations(string scheme)
    {
        var ids = fixture.Site.Cases("en").Take(2).Select(p => p.Split('/')[3]).ToList();
        await using var session = await fixture.OpenAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await session.Page.GotoAsync("/en/");
        await session.Page.EvaluateAsync("value => localStorage.setItem('caselib.coursePack', value)", $"[\"{ids[0]}\"]");
        await session.Page.GotoAsync($"/en/course-pack/?cases={ids[1]}");
        await session.Page.Locator(".pack-shared #cl-pack-keep").WaitForAsync();
        await session.Page.Locator(".pack-document:not([aria-busy]) .pack-case").First.WaitForAsync();
        var result = await session.Page.RunAxe(Wcag21AA);
        Assert.True(result.Passes.Length > 10, $"axe passed only {result.Passes.Length} rules: did it run?");
        Assert.True(result.Violations.Length == 0, $"axe ({scheme}) found violations:\n" + string.Join("\n", result.Violations.Select(v => $"{v.Id}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target))}")));
    }

    private List<(string Template, string Path)> AllTemplates(string lang)
    {
        var site = fixture.Site;
        return
        [
            ("chooser", "/"), ("home", BuiltSite.Home(lang)), ("cases", BuiltSite.ListPage(lang, "cases")), ("case", site.FirstCase(lang)),
            ("notes", NotesPage(lang)!), ("competences", BuiltSite.ListPage(lang, "competences")), ("competence", site.FirstItem(lang, "competences")),
            ("matrix", $"/{lang}/competences/matrix/"), ("countries", BuiltSite.ListPage(lang, "countries")), ("country", site.FirstItem(lang, "countries")),
            ("authors", BuiltSite.ListPage(lang, "authors")), ("author", site.FirstItem(lang, "authors")), ("languages", BuiltSite.ListPage(lang, "languages")),
            ("language", site.FirstItem(lang, "languages")), ("teaching notes list", $"/{lang}/teaching-notes/"), ("about", $"/{lang}/about/"),
            ("cases filters open", BuiltSite.ListPage(lang, "cases")), ("search", $"/{lang}/search/?q=guidance"), ("course pack", CoursePack(lang)), ("404", "/no-such-page/"),
            // The notices of a corrected word, of the any-word fallback and of a quoted phrase (sample library words).
            ("search notices", $"/{lang}/search/?q=%22aprenticeship%22+harbour"),
            // A case opened from a search result: the words of the query marked (search-box.js).
            ("case highlighted", site.FirstCase(lang) + "?hl=guidance+young+people"),
        ];
    }

    /// <summary>The course pack with the first two cases and their teaching notes shown.</summary>
    private string CoursePack(string lang)
    {
        var ids = fixture.Site.Cases("en").Take(2).Select(p => p.Split('/')[3]);
        return $"/{lang}/course-pack/?cases={string.Join(",", ids)}&edition=trainer&title=Workshop&group=A";
    }

    private string? NotesPage(string lang) =>
        fixture.Site.Cases(lang).FirstOrDefault(p => File.Exists(Path.Combine(fixture.Site.Folder, p.Trim('/'), "notes", "index.html"))) is { } casePath
            ? casePath + "notes/"
            : null;

    private async Task<List<string>> Check(IEnumerable<(string Template, string Path)> pages, ColorScheme scheme)
    {
        await using var session = await fixture.OpenAsync(new() { ColorScheme = scheme });
        var failures = new List<string>();
        var checkedPages = 0;
        foreach (var (template, path) in pages)
        {
            var response = await session.Page.GotoAsync(path);
            Assert.NotNull(response);
            if (template == "course pack") await session.Page.Locator(".pack-document:not([aria-busy]) .pack-notes").Nth(1).WaitForAsync();
            if (template.StartsWith("search", StringComparison.Ordinal)) await session.Page.Locator(".search-results > li").First.WaitForAsync();
            if (template == "cases filters open") await session.Page.Locator("details.list-filters summary").ClickAsync();
            if (template == "case highlighted") await session.Page.Locator("mark.search-hit").First.WaitForAsync();
            var result = await session.Page.RunAxe(Wcag21AA);
            Assert.True(result.Passes.Length > 10, $"axe passed only {result.Passes.Length} rules on {path}: did it run?");
            checkedPages++;
            foreach (var violation in result.Violations)
                failures.Add($"{template} {path}: {violation.Id} ({violation.Impact}) {violation.Help}: " +
                    string.Join(" | ", violation.Nodes.Take(3).Select(n => $"{n.Target} {string.Join(", ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}")));
        }
        Assert.True(checkedPages >= 5, "too few pages were checked");
        return failures;
    }
}
