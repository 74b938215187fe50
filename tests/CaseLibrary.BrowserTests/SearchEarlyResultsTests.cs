using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// A cold search fetches one result file per result shown: the first cards are shown as soon as their own files are
/// in, the rest of the first page of results follows under them, and the page stays busy (no "show more", the focus
/// left where it is, the count not yet said) until it has. The test holds the result files back to see both steps.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchEarlyResultsTests(SiteFixture fixture)
{
    private const string Query = "/en/search/?q=guidance";
    private const int Early = 2; // search.js's EARLY

    [BrowserFact]
    public async Task The_first_results_are_shown_before_the_files_of_the_rest_arrive_and_the_rest_follows_in_order()
    {
        var expected = await UnheldResultsAsync();
        Assert.True(expected.Count > Early, $"'{Query}' should match more than {Early} cases of the sample library, not {expected.Count}");

        await using var session = await fixture.OpenAsync();
        var problems = new PageProblems(session.Page);
        var release = new TaskCompletionSource();
        var requested = 0;
        await session.Page.RouteAsync("**/en/search/result/*.json.gz", async route =>
        {
            if (Interlocked.Increment(ref requested) > Early) await release.Task; // the files of the results after the first ones
            await route.ContinueAsync();
        });
        await session.VisitAsync(Query);

        var cards = session.Page.Locator(".search-results > li");
        await session.Page.WaitForFunctionAsync($"() => document.querySelectorAll('.search-results > li').length === {Early}", null, new() { Timeout = 15000 });
        Assert.Equal(Early, await cards.CountAsync());
        Assert.Equal(expected.Take(Early), await LinksAsync(session.Page));
        Assert.NotNull(await session.Page.Locator("#cl-search").GetAttributeAsync("aria-busy"));
        Assert.True(await session.Page.Locator(".search-more").IsHiddenAsync(), "'show more' while the rest of the first page is still coming");
        var count = expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain(count, await session.Page.Locator(".search-status").InnerTextAsync()); // the count is said once, when the list is whole

        var input = session.Page.Locator("#cl-search input[name=q]");
        await input.FocusAsync();
        release.SetResult();
        var links = await SearchPage.ResultLinks(session.Page);

        Assert.Equal(expected, links);
        Assert.Contains(count, await session.Page.Locator(".search-status").InnerTextAsync());
        Assert.True(await input.EvaluateAsync<bool>("el => el === document.activeElement"), "the rest of the results moved the focus");
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task When_the_rest_fails_to_load_show_more_fetches_it_again()
    {
        var expected = await UnheldResultsAsync();
        await using var session = await fixture.OpenAsync();
        var failed = new HashSet<string>();
        var requested = 0;
        await session.Page.RouteAsync("**/en/search/result/*.json.gz", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            if (Interlocked.Increment(ref requested) > Early && failed.Add(path)) await route.AbortAsync(); // once each
            else await route.ContinueAsync();
        });
        await session.VisitAsync(Query);

        var more = session.Page.Locator(".search-more");
        await more.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 15000 });
        Assert.Equal(expected.Take(Early), await LinksAsync(session.Page));
        Assert.Null(await session.Page.Locator("#cl-search").GetAttributeAsync("aria-busy"));
        Assert.NotEmpty(failed);

        await more.ClickAsync();
        await session.Page.WaitForFunctionAsync($"() => document.querySelectorAll('.search-results > li').length === {expected.Count}", null, new() { Timeout = 15000 });
        Assert.Equal(expected, await LinksAsync(session.Page));
        Assert.True(await more.IsHiddenAsync());
    }

    [BrowserFact]
    public async Task The_header_box_shows_its_first_options_before_the_files_of_the_rest_arrive_and_keeps_the_active_one()
    {
        const int Limit = 6; // search-box.js's LIMIT
        var expected = (await UnheldResultsAsync()).Take(Limit).ToList();
        Assert.True(expected.Count > Early, $"'{Query}' should match more than {Early} cases of the sample library");

        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var problems = new PageProblems(page);
        var release = new TaskCompletionSource();
        var requested = 0;
        await page.RouteAsync("**/en/search/result/*.json.gz", async route =>
        {
            if (Interlocked.Increment(ref requested) > Early) await release.Task;
            await route.ContinueAsync();
        });
        await session.VisitAsync("/en/cases/");
        var box = page.Locator("#cl-site-q");
        await box.FocusAsync();
        await box.FillAsync("guidance");

        var options = page.Locator("#cl-site-results [role=option]");
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('#cl-site-results [role=option]').length === {Early} && !document.getElementById('cl-site-panel').hidden",
            null, new() { Timeout = 15000 });
        Assert.Equal(Early, await options.CountAsync());
        Assert.Matches(@"\d", await page.Locator(".search-panel-status").InnerTextAsync()); // the count of every match, said at once
        await page.Keyboard.PressAsync("ArrowDown");
        var first = await options.First.GetAttributeAsync("id");
        Assert.Equal(first, await box.GetAttributeAsync("aria-activedescendant"));

        release.SetResult();
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('#cl-site-results [role=option]').length === {expected.Count}", null, new() { Timeout = 15000 });
        // The options in the search page's order, each id once; the one made active before the rest came is still active.
        var ids = await options.EvaluateAllAsync<string[]>("os => os.map(o => o.id)");
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Equal(first, await box.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await options.First.GetAttributeAsync("aria-selected"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(ids[1], await box.GetAttributeAsync("aria-activedescendant"));
        // Enter opens the second result: its page is requested (not waiting for its load event, which a loaded CI
        // machine once took longer than the timeout to fire).
        var opened = await page.RunAndWaitForRequestAsync(() => page.Keyboard.PressAsync("Enter"),
            request => request.IsNavigationRequest && new Uri(request.Url).AbsolutePath == expected[1], new() { Timeout = 15000 });
        Assert.Equal(expected[1], new Uri(opened.Url).AbsolutePath);
        Assert.Empty(problems.All);
    }

    /// <summary>The result links of the same search with nothing held back.</summary>
    private async Task<List<string>> UnheldResultsAsync()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync(Query);
        return await SearchPage.ResultLinks(session.Page);
    }

    private static async Task<List<string>> LinksAsync(IPage page) =>
        (await page.Locator(".search-results > li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href').split('?')[0].split('#')[0])")).ToList();
}
