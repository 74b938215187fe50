using CaseLibrary.BrowserTests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>The pagination of lists in a real browser: reached and used by keyboard, axe-clean, and the licence filter across pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PaginationTests(SiteFixture fixture, PaginatedSite site) : IClassFixture<PaginatedSite>
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    private async Task<BrowserSession> OpenAsync(ColorScheme scheme = ColorScheme.Light)
    {
        var context = await fixture.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Server.BaseUri.ToString(), ColorScheme = scheme });
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(15_000);
        return new BrowserSession(context, await context.NewPageAsync());
    }

    [BrowserFact]
    public async Task The_page_links_are_reached_with_Tab_and_followed_with_Enter()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        await session.VisitAsync("/en/cases/");
        // Start from the last control before the navigation, then move on with the keyboard alone.
        await page.Locator("ul.cards > li.card").Last.Locator("button.pack-toggle").FocusAsync();
        string focused;
        var tabs = 0;
        do
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string>("() => document.activeElement.closest('nav.pagination') ? document.activeElement.getAttribute('href') : ''");
        } while (focused == "" && ++tabs < 10);
        Assert.Equal("/en/cases/", focused); // the current page comes first: page 1 has no "previous"
        Assert.Equal("page", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-current')"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("/en/cases/page/2/", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
        await page.Keyboard.PressAsync("Enter");
        await Navigation.WaitForPathAsync(page, "/en/cases/page/2/");
        Assert.Equal(PaginatedSite.Count - CaseLibrary.Rendering.Paginator.DefaultSize, await page.Locator("ul.cards > li.card").CountAsync());
        Assert.Equal("/en/cases/page/2/", await page.Locator("nav.pagination a[aria-current=page]").GetAttributeAsync("href"));
        Assert.Equal("/en/cases/", await page.Locator("nav.pagination a[rel=prev]").GetAttributeAsync("href"));
    }

    [BrowserFact]
    public async Task Paginated_pages_have_no_axe_violations_in_light_and_dark()
    {
        var failures = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var session = await OpenAsync(scheme);
            foreach (var path in new[] { "/en/cases/", "/en/cases/page/2/", "/it/cases/page/2/", "/en/competences/listening/page/2/", "/it/countries/ie/", "/en/authors/ann-smith/page/2/" })
            {
                await session.VisitAsync(path);
                var result = await session.Page.RunAxe(Wcag21AA);
                failures.AddRange(result.Violations.Select(v => $"{scheme} {path}: {v.Id} ({v.Nodes.Length}) {v.Help}"));
            }
        }
        Assert.True(failures.Count == 0, "axe found violations:\n" + string.Join("\n", failures));
    }

    [BrowserFact]
    public async Task The_licence_filter_keeps_its_choice_on_the_other_pages_of_the_list()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        await session.VisitAsync("/en/cases/");
        var select = page.Locator("#cl-licence-select");
        await select.WaitForAsync();
        await select.SelectOptionAsync("CC-BY-SA-4.0");
        Assert.Equal(13, await page.Locator("li.card:visible").CountAsync()); // cases 0, 4, …, 48
        Assert.Equal("/en/cases/page/2/?licence=CC-BY-SA-4.0", await page.Locator("nav.pagination a[rel=next]").GetAttributeAsync("href"));
        await page.Locator("nav.pagination a[rel=next]").ClickAsync();
        await Navigation.WaitForPathAsync(page, "/en/cases/page/2/?licence=CC-BY-SA-4.0");
        await page.Locator("#cl-licence-select").WaitForAsync();
        Assert.Equal("CC-BY-SA-4.0", await page.Locator("#cl-licence-select").InputValueAsync());
        Assert.Equal(["Case 052"], await page.Locator("li.card:visible .card-title a").AllInnerTextsAsync());
        await page.Locator("#cl-licence-select").SelectOptionAsync("");
        Assert.Equal("/en/cases/", await page.Locator("nav.pagination a[rel=prev]").GetAttributeAsync("href"));
    }
}
