using CaseLibrary.BrowserTests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// Search from every page with the keyboard (issue 14), on the sample library: the header's box shows results as
/// you type in a panel (combobox and listbox with aria-activedescendant, a live count), loads the index only when
/// used, "/" focuses it unless another field has the focus, ↓/↑ move, Enter opens, Esc closes; nothing moves; the
/// search page has one box.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBoxTests(SiteFixture fixture)
{
    private static async Task<ILocator> OptionsAsync(IPage page, int atLeast = 1)
    {
        // The results of the whole query typed (an earlier word's results may show while it is typed: aria-busy).
        await page.WaitForFunctionAsync("n => document.querySelectorAll('#cl-site-results [role=option]').length >= n && !document.getElementById('cl-site-panel').hidden" +
            " && !document.getElementById('cl-site-results').hasAttribute('aria-busy')",
            atLeast, new() { Timeout = 15000 });
        return page.Locator("#cl-site-results [role=option]");
    }

    [BrowserTheory]
    [InlineData("en", "/en/cases/", "sports club", "harbour-outreach-cork", "what-happened")]
    [InlineData("fr", "/fr/competences/", "apprentissage", "apprenticeship-bridge-turin", "")]
    [InlineData("de", "/de/", "Glossar", "border-network-aachen", "ergebnis")]
    public async Task The_header_box_shows_results_as_you_type_and_loads_the_index_only_when_used(string lang, string path, string query, string caseId, string section)
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var problems = new PageProblems(page);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(new Uri(request.Url).AbsolutePath);
        await session.VisitAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.DoesNotContain(requests, r => r.Contains("/search/", StringComparison.Ordinal) || r.Contains("search-worker", StringComparison.Ordinal));

        var box = page.Locator("#cl-site-q");
        await box.FocusAsync();
        // Typed slower than the box's 150 ms pause, so that every prefix is searched and its results shown before
        // the whole word's: a reader's ↓ and Enter must act on the results of what the box holds.
        await box.PressSequentiallyAsync(query, new() { Delay = 250 });
        var options = await OptionsAsync(page);

        Assert.Contains(requests, r => r == $"/{lang}/search/split/index.json"); // the split index: its entry, then chunks
        Assert.DoesNotContain(requests, r => r == $"/{lang}/search/index.pack.json");
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
        Assert.Equal("combobox", await box.GetAttributeAsync("role"));
        Assert.Equal("cl-site-results", await box.GetAttributeAsync("aria-controls"));
        Assert.Contains(await options.First.InnerTextAsync(), await page.Locator("#cl-site-results").InnerTextAsync());
        Assert.Matches(@"\d", await page.Locator(".search-panel-status").InnerTextAsync()); // the live count
        Assert.Equal("status", await page.Locator(".search-panel-status").GetAttributeAsync("role"));

        // ↓ makes the first result active (the focus stays in the box); Enter opens it at its section, words marked.
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(await options.First.GetAttributeAsync("id"), await box.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await options.First.GetAttributeAsync("aria-selected"));
        Assert.Equal("cl-site-q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Enter");
        await Navigation.WaitForPathAsync(page, $"/{lang}/cases/{caseId}/");
        Assert.Contains("hl=", page.Url);
        if (section != "") Assert.EndsWith("#" + section, page.Url);
        await page.Locator("mark.search-hit").First.WaitForAsync();
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task On_the_404_page_the_header_box_searches_the_language_the_page_speaks()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(new Uri(request.Url).AbsolutePath);
        var response = await page.GotoAsync("/fr/cases/no-such-case/");
        Assert.Equal(404, response!.Status);
        Assert.Equal("fr", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        var form = page.Locator("form.site-search");
        Assert.Equal("/fr/search/", await form.GetAttributeAsync("action"));
        // Its words are the French block's own search form's.
        Assert.Equal((await page.Locator(".not-found-lang[data-lang=fr] form button").InnerTextAsync()).Trim(),
            (await form.Locator("button").InnerTextAsync()).Trim());

        var box = page.Locator("#cl-site-q");
        await box.FocusAsync();
        await box.PressSequentiallyAsync("apprentissage");
        await OptionsAsync(page);
        // The French split index is fetched, and no other language's search file.
        Assert.Contains("/fr/search/split/index.json", requests);
        Assert.DoesNotContain(requests, r => r.Contains("/search/", StringComparison.Ordinal) && !r.StartsWith("/fr/", StringComparison.Ordinal)
            && !r.StartsWith("/assets/", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Navigation.WaitForPathAsync(page, "/fr/cases/apprenticeship-bridge-turin/");
    }

    [BrowserFact]
    public async Task Arrows_move_through_the_results_escape_closes_and_enter_without_a_choice_opens_the_search_page()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.VisitAsync("/en/competences/");
        var box = page.Locator("#cl-site-q");
        await box.FocusAsync();
        await box.PressSequentiallyAsync("young");
        var options = await OptionsAsync(page, atLeast: 2);
        var count = await options.CountAsync();

        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(await options.Nth(1).GetAttributeAsync("id"), await box.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal(1, await page.Locator("#cl-site-results [aria-selected=true]").CountAsync());
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal(await options.Nth(0).GetAttributeAsync("id"), await box.GetAttributeAsync("aria-activedescendant"));
        await page.Keyboard.PressAsync("ArrowUp"); // back to the box itself: no active result
        Assert.Null(await box.GetAttributeAsync("aria-activedescendant"));
        await page.Keyboard.PressAsync("ArrowUp"); // wraps to the last
        Assert.Equal(await options.Nth(count - 1).GetAttributeAsync("id"), await box.GetAttributeAsync("aria-activedescendant"));

        await page.Keyboard.PressAsync("Escape");
        Assert.True(await page.Locator("#cl-site-panel").IsHiddenAsync());
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));
        Assert.Equal("cl-site-q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("young", await box.InputValueAsync()); // Esc closes the panel, it does not clear the box

        await page.Keyboard.PressAsync("Enter"); // no result chosen: the full search page, for filters
        await Navigation.WaitForPathAsync(page, "/en/search/");
        await SearchPage.ResultLinks(page);
        Assert.Equal("young", await page.Locator("#cl-search-q").InputValueAsync());
    }

    [BrowserTheory]
    [InlineData("/en/cases/", "cl-site-q")]
    [InlineData("/it/search/", "cl-search-q")]
    public async Task Slash_focuses_the_search_box_unless_another_field_has_the_focus(string path, string boxId)
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.VisitAsync(path);
        await page.Locator("body").ClickAsync(new() { Position = new() { X = 5, Y = 300 } });
        await page.Keyboard.PressAsync("/");
        Assert.Equal(boxId, await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("", await page.Locator("#" + boxId).InputValueAsync()); // the slash is not typed

        await session.VisitAsync("/en/course-pack/?cases=harbour-outreach-cork");
        var title = page.Locator("#cl-pack-title");
        await title.WaitForAsync();
        await title.FocusAsync();
        await page.Keyboard.TypeAsync("a/b");
        Assert.Equal("cl-pack-title", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("a/b", await title.InputValueAsync());
    }

    [BrowserFact]
    public async Task The_search_page_has_one_search_box()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/fr/search/?q=jeunes");
        Assert.Equal(1, await session.Page.Locator("input[type=search]").CountAsync());
        Assert.Equal(0, await session.Page.Locator("#cl-site-q").CountAsync());
    }

    [BrowserTheory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task The_panel_opens_over_the_page_without_moving_anything(int width, int height)
    {
        await using var session = await fixture.OpenAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = session.Page;
        await session.VisitAsync("/nl/");
        await page.EvaluateAsync("""
            () => {
              window.__shift = 0;
              new PerformanceObserver(list => { for (const e of list.getEntries()) window.__shift += e.value; })
                .observe({ type: 'layout-shift' });
            }
            """);
        var main = await page.Locator("main").BoundingBoxAsync();
        var box = page.Locator("#cl-site-q");
        await box.FocusAsync();
        await box.PressSequentiallyAsync("jongeren");
        await OptionsAsync(page);
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        var after = await page.Locator("main").BoundingBoxAsync();

        Assert.Equal(main!.Y, after!.Y);
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.__shift")); // counted with or without recent input
        var panel = await page.Locator("#cl-site-panel").BoundingBoxAsync();
        Assert.True(panel!.X >= 0 && panel.X + panel.Width <= width, $"the panel is off the screen: {panel.X} + {panel.Width} > {width}");
        Assert.Equal(width, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
    }

    [BrowserTheory]
    [InlineData("light", "en", "young")]
    [InlineData("dark", "fi", "nuoret")]
    public async Task The_open_panel_with_an_active_result_has_no_axe_violations(string scheme, string lang, string query)
    {
        await using var session = await fixture.OpenAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        var page = session.Page;
        await session.VisitAsync($"/{lang}/cases/");
        var box = page.Locator("#cl-site-q");
        await box.FocusAsync();
        await box.PressSequentiallyAsync(query);
        await OptionsAsync(page);
        await page.Keyboard.PressAsync("ArrowDown");

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.True(result.Passes.Length > 10, "axe did not run");
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} " +
            string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target.ToString())))));
    }
}
