using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// Phones and stability: the header's share of a 390 × 844 screen, the case text on the first screen, search results
/// before the filters, the matrix at 1280 px and on a phone, and cumulative layout shift on every page template.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneAndStabilityTests(SiteFixture fixture, Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 1 };
    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new() { Width = 1280, Height = 800 } };

    // Sums the layout shifts not caused by input, from the first paint on (buffered), as Core Web Vitals' CLS does for a short visit.
    // takeRecords() collects the entries whose callback has not run yet (observers are called when the browser is idle).
    private const string ClsObserver = """
        window.__cls = 0;
        window.__shifts = [];
        const add = entries => {
          for (const entry of entries) {
            if (entry.hadRecentInput) continue;
            window.__cls += entry.value;
            window.__shifts.push(entry.value.toFixed(3) + ' ' + (entry.sources || []).map(s => s.node ? (s.node.nodeName + '.' + (s.node.className || '')) : '?').join(','));
          }
        };
        const observer = new PerformanceObserver(list => add(list.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        window.__readCls = () => { add(observer.takeRecords()); return window.__cls; };
        """;

    // Two animation frames: a layout shift is reported with the frame that paints it.
    private const string NextFrames = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))";

    public static TheoryData<string> Widths() => new(["phone", "desktop"]);

    [BrowserTheory]
    [MemberData(nameof(Widths))]
    public async Task Every_template_shifts_less_than_a_tenth(string width)
    {
        await using var session = await fixture.OpenAsync(width == "phone" ? Phone : Desktop);
        await session.Context.AddInitScriptAsync(ClsObserver);
        var failures = new List<string>();
        var measured = new List<string>();
        foreach (var (template, path) in Templates("en").Concat(Templates("fr")))
        {
            await session.Page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
            if (template == "search") await session.Page.Locator(".search-results > li").First.WaitForAsync();
            if (template == "course pack") await session.Page.Locator(".pack-case").Nth(1).WaitForAsync();
            await session.Page.WaitForTimeoutAsync(300); // late shifts (fonts, scripts' second frame) are counted too
            await session.Page.EvaluateAsync(NextFrames);
            await session.Page.ScreenshotAsync(); // a painted frame: shifts are reported with the frame that paints them
            var cls = await session.Page.EvaluateAsync<double>("() => window.__readCls()");
            var shifts = await session.Page.EvaluateAsync<string[]>("() => window.__shifts");
            measured.Add($"{template} {cls:F3}");
            if (cls >= 0.1) failures.Add($"{template} {path}: CLS {cls:F3} ({string.Join("; ", shifts)})");
        }
        output.WriteLine($"CLS at {width} width: " + string.Join(", ", measured));
        Assert.True(measured.Count >= 30, "too few pages were measured");
        Assert.True(failures.Count == 0, $"layout shift ≥ 0.1 at {width} width:\n" + string.Join("\n", failures) + "\nall: " + string.Join(", ", measured));
    }

    [BrowserFact]
    public async Task On_a_phone_the_header_takes_at_most_15_percent_of_the_screen_and_its_menu_opens_without_scripts()
    {
        var pages = new List<string>();
        foreach (var lang in fixture.Site.Languages)
            pages.AddRange([BuiltSite.Home(lang), fixture.Site.FirstCase(lang), $"/{lang}/search/"]);
        await using (var session = await fixture.OpenAsync(Phone))
        {
            var failures = new List<string>();
            foreach (var path in pages)
            {
                await session.VisitAsync(path);
                var box = await session.Page.Locator(".site-header").BoundingBoxAsync();
                Assert.NotNull(box);
                output.WriteLine($"{path}: header {box.Height:F0} px");
                if (box.Height > 844 * 0.15) failures.Add($"{path}: header {box.Height:F0} px of 844");
            }
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }

        await using var noScript = await fixture.OpenAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, JavaScriptEnabled = false });
        await noScript.VisitAsync(fixture.Site.FirstCase("en"));
        var nav = noScript.Page.Locator(".main-nav");
        var languages = noScript.Page.Locator(".lang-switch");
        Assert.False(await nav.IsVisibleAsync(), "the navigation is open on a phone before the menu is opened");
        await noScript.Page.Locator(".site-menu > summary").ClickAsync();
        Assert.True(await nav.IsVisibleAsync(), "the menu did not open without JavaScript");
        Assert.True(await languages.IsVisibleAsync(), "the languages are not in the opened menu");
        await noScript.Page.Locator(".lang-switch a[hreflang=fr]").ClickAsync();
        Assert.StartsWith("/fr/", noScript.CurrentPath, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task On_a_phone_the_menu_closes_on_a_tap_outside_it_and_on_escape()
    {
        await using var session = await fixture.OpenAsync(Phone);
        await session.VisitAsync(fixture.Site.FirstCase("it"));
        var summary = session.Page.Locator(".site-menu > summary");
        var nav = session.Page.Locator(".main-nav");
        await summary.ClickAsync();
        Assert.True(await nav.IsVisibleAsync());
        var before = session.Page.Url;
        await session.Page.Mouse.ClickAsync(195, 780); // on the page, below the open menu
        Assert.False(await nav.IsVisibleAsync(), "a tap outside the menu left it open");
        Assert.Equal(before, session.Page.Url); // the tap closed the menu, it did not follow a link
        await summary.ClickAsync();
        Assert.True(await nav.IsVisibleAsync());
        await session.Page.Keyboard.PressAsync("Escape");
        Assert.False(await nav.IsVisibleAsync(), "Escape left the menu open");
        Assert.Equal("SUMMARY", await session.Page.EvaluateAsync<string>("() => document.activeElement.tagName"));
    }

    [BrowserFact]
    public async Task On_a_wide_screen_the_navigation_shows_without_opening_a_menu()
    {
        await using var session = await fixture.OpenAsync(Desktop);
        await session.VisitAsync(BuiltSite.Home("en"));
        Assert.True(await session.Page.Locator(".main-nav").IsVisibleAsync());
        Assert.True(await session.Page.Locator(".lang-switch").IsVisibleAsync());
        Assert.False(await session.Page.Locator(".site-menu > summary").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task On_a_phone_the_case_text_starts_on_the_first_screen()
    {
        await using var session = await fixture.OpenAsync(Phone);
        var failures = new List<string>();
        var cases = fixture.Site.Cases("en").Concat(fixture.Site.Cases("fr")).ToList();
        foreach (var path in cases)
        {
            await session.VisitAsync(path);
            var first = await session.Page.Locator(".prose > p").First.BoundingBoxAsync();
            var summary = await session.Page.Locator(".case-header .lede").BoundingBoxAsync();
            Assert.NotNull(first);
            Assert.NotNull(summary);
            Assert.True(summary.Y < first.Y, $"{path}: the summary is not above the text");
            if (first.Y > 844 - 40) failures.Add($"{path}: the first paragraph starts at {first.Y:F0} px");
        }
        Assert.NotEmpty(cases);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [BrowserFact]
    public async Task On_a_phone_search_results_come_before_the_collapsed_filters()
    {
        await using var session = await fixture.OpenAsync(Phone);
        await session.VisitAsync("/en/search/?q=guidance&all=1");
        var result = session.Page.Locator(".search-results > li").First;
        await result.WaitForAsync();
        await session.Page.Locator(".search-facets fieldset").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var facets = session.Page.Locator(".search-facets");
        Assert.False(await facets.IsVisibleAsync(), "the filters are open on a phone before they are asked for");
        var box = await result.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y < 844, $"the first result starts at {box.Y:F0} px, below the first screen");
        await session.Page.Locator(".search-filters > summary").ClickAsync();
        Assert.True(await facets.IsVisibleAsync(), "the filters do not open");
    }

    [BrowserFact]
    public async Task The_matrix_fits_or_scrolls_with_its_case_column_sticky_and_lists_competences_on_a_phone()
    {
        await using (var wide = await fixture.OpenAsync(Desktop))
        {
            await wide.VisitAsync("/en/competences/matrix/");
            var scroll = await wide.Page.EvaluateAsync<int[]>("() => { const s = document.querySelector('.matrix-scroll'); return [s.scrollWidth, s.clientWidth]; }");
            Assert.True(scroll[0] <= scroll[1] + 1, $"at 1280 px the matrix is {scroll[0]} px wide in a {scroll[1]} px box");
            var position = await wide.Page.Locator(".matrix tbody th").First.EvaluateAsync<string>("e => getComputedStyle(e).position");
            Assert.Equal("sticky", position);
        }
        await using var phone = await fixture.OpenAsync(Phone);
        await phone.VisitAsync("/en/competences/matrix/");
        var row = phone.Page.Locator(".matrix tbody tr").First;
        var labels = row.Locator(".matrix-label");
        Assert.True(await labels.CountAsync() > 0);
        Assert.True(await labels.First.IsVisibleAsync(), "on a phone a case's row does not name its competences");
        var header = await phone.Page.Locator(".matrix thead").BoundingBoxAsync();
        Assert.True(header is null || header.Width <= 1, "the column headers still show on a phone");
        // The caption speaks of rows and columns, which a phone does not show: it is for screen readers only there.
        var caption = await phone.Page.Locator(".matrix caption").BoundingBoxAsync();
        Assert.True(caption is null || caption.Width <= 1, "the caption about rows and columns shows on a phone");
        Assert.NotEqual("", (await phone.Page.Locator(".matrix caption").TextContentAsync())!.Trim());
    }

    private List<(string Template, string Path)> Templates(string lang)
    {
        var site = fixture.Site;
        var ids = site.Cases("en").Take(2).Select(p => p.Split('/')[3]);
        var notes = site.Cases(lang).FirstOrDefault(p => File.Exists(Path.Combine(site.Folder, p.Trim('/'), "notes", "index.html")));
        var list = new List<(string, string)>
        {
            ("chooser", "/"), ("home", BuiltSite.Home(lang)), ("cases", BuiltSite.ListPage(lang, "cases")), ("case", site.FirstCase(lang)),
            ("competences", BuiltSite.ListPage(lang, "competences")), ("competence", site.FirstItem(lang, "competences")),
            ("matrix", $"/{lang}/competences/matrix/"), ("countries", BuiltSite.ListPage(lang, "countries")), ("country", site.FirstItem(lang, "countries")),
            ("authors", BuiltSite.ListPage(lang, "authors")), ("author", site.FirstItem(lang, "authors")), ("languages", BuiltSite.ListPage(lang, "languages")),
            ("language", site.FirstItem(lang, "languages")), ("search", $"/{lang}/search/?q=guidance&all=1"),
            ("course pack", $"/{lang}/course-pack/?cases={string.Join(",", ids)}&notes=1"), ("404", $"/{lang}/cases/no-such-case/"),
        };
        if (notes is not null) list.Add(("notes", notes + "notes/"));
        return list;
    }
}
