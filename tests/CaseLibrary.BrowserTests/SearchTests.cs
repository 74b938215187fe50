using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>The search page in a real browser: every language's stemmer and accent folding, facets, deep links, cross-language search.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(SiteFixture fixture)
{
    public static TheoryData<string, string, string> Queries() => new()
    {
        { "en", "apprenticeships", "apprenticeship-bridge-turin" },   // inflected form
        { "it", "citta", "apprenticeship-bridge-turin" },                      // città without its accent
        { "fr", "equipes", "peer-supervision-ghent" },                  // équipe: unaccented and plural
        { "fi", "kaytantoyhteisot", "harbour-outreach-cork" },           // käytäntöyhteisö: unaccented plural
        { "de", "ubersetzungen", "border-network-aachen" }, // Übersetzung: unaccented plural
        { "nl", "intervisie", "peer-supervision-ghent" },
    };

    [BrowserTheory]
    [MemberData(nameof(Queries))]
    public async Task A_query_in_each_language_finds_the_expected_case(string lang, string query, string caseId)
    {
        await using var session = await fixture.OpenAsync();
        var problems = new PageProblems(session.Page);
        await session.VisitAsync($"/{lang}/search/?q={Uri.EscapeDataString(query)}");

        var links = await ResultLinks(session.Page);

        Assert.Contains($"/{lang}/cases/{caseId}/", links);
        Assert.Equal(query, await session.Page.Locator("#cl-search-q").InputValueAsync());
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task A_page_opened_with_a_query_hands_its_index_to_the_worker_and_the_worker_downloads_it_if_that_fails()
    {
        // The page downloads the index while the worker starts and transfers the bytes: one download, not two.
        await using (var session = await fixture.OpenAsync())
        {
            var requests = new List<string>();
            session.Page.Request += (_, request) => { if (request.Url.Contains("/en/search/split/index.json", StringComparison.Ordinal)) requests.Add(request.Url); };
            var problems = new PageProblems(session.Page);
            await session.VisitAsync("/en/search/?q=apprenticeships");
            Assert.NotEmpty(await ResultLinks(session.Page));
            Assert.Single(requests);
            Assert.Empty(problems.All);
        }

        // The page's own download fails: the worker downloads the index itself and the results still come.
        await using (var session = await fixture.OpenAsync())
        {
            var aborted = 0;
            await session.Page.RouteAsync("**/en/search/split/index.json", async route =>
            {
                if (Interlocked.Increment(ref aborted) == 1) await route.AbortAsync();
                else await route.ContinueAsync();
            });
            await session.VisitAsync("/en/search/?q=apprenticeships");
            Assert.NotEmpty(await ResultLinks(session.Page));
            Assert.True(aborted >= 1, "the page's download of the index was not intercepted");
        }
    }

    [BrowserFact]
    public async Task Matched_words_are_highlighted_in_inflected_form()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/en/search/?q=apprenticeships");
        await ResultLinks(session.Page);

        var marked = await session.Page.Locator(".search-results mark").AllInnerTextsAsync();
        Assert.NotEmpty(marked);
        Assert.All(marked, word => Assert.StartsWith("apprentice", word, StringComparison.OrdinalIgnoreCase));
    }

    [BrowserFact]
    public async Task A_country_facet_narrows_the_results_and_is_kept_in_the_url()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.VisitAsync("/en/search/?q=young");
        var all = await ResultLinks(page);
        Assert.True(all.Count >= 3, $"only {all.Count} results for 'young'");

        await page.Locator(".search-facets input[name=country][value=IE]").CheckAsync();
        await page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('country') === 'IE'");
        var narrowed = await ResultLinks(page, expectChangeFrom: all.Count);

        Assert.Equal(["/en/cases/harbour-outreach-cork/"], narrowed);
        Assert.Contains("1", await page.Locator(".search-status").InnerTextAsync());
    }

    [BrowserFact]
    public async Task A_deep_link_restores_query_filters_and_results_when_opened_cold()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/fr/search/?q=apprentissage&competence=labour-market-information");
        var links = await ResultLinks(session.Page);

        Assert.NotEmpty(links);
        Assert.Equal("apprentissage", await session.Page.Locator("#cl-search-q").InputValueAsync());
        Assert.True(await session.Page.Locator(".search-facets input[name=competence][value=labour-market-information]").IsCheckedAsync());
    }

    [BrowserFact]
    public async Task Cross_language_search_finds_a_case_written_only_in_another_language()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.VisitAsync("/fi/search/?q=Ubersetzung");
        Assert.DoesNotContain("/de/cases/border-network-aachen/", await ResultLinks(page, allowEmpty: true));

        await page.Locator("input[name=all]").CheckAsync();
        await page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('all') === '1'");
        var links = await ResultLinks(page);

        Assert.Contains("/de/cases/border-network-aachen/", links);
        Assert.Equal("de", await page.Locator(".search-results h2 a[href^='/de/cases/border-network-aachen/']").GetAttributeAsync("lang"));
    }

    [BrowserFact]
    public async Task Results_come_a_page_at_a_time_and_show_more_moves_focus_to_the_next_page()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var problems = new PageProblems(page);
        // The sample library is small: the page is served with a page size of 2 instead of the theme's 10.
        await page.RouteAsync("**/en/search/**", async route =>
        {
            if (route.Request.ResourceType != "document") { await route.ContinueAsync(); return; }
            var response = await route.FetchAsync();
            var html = await response.TextAsync();
            Assert.Contains("data-page-size=\"10\"", html);
            await route.FulfillAsync(new() { Response = response, Body = html.Replace("data-page-size=\"10\"", "data-page-size=\"2\"") });
        });
        await session.VisitAsync("/en/search/?q=young");
        var first = await ResultLinks(page);
        var status = await page.Locator(".search-status").InnerTextAsync();
        var total = int.Parse(new string(status.TakeWhile(char.IsDigit).ToArray()));
        Assert.True(total > 2, $"'young' should match more than one page of 2: {status}");
        Assert.Equal(2, first.Count);

        var more = page.Locator(".search-more");
        Assert.True(await more.IsVisibleAsync());
        await more.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await ResultLinks(page, expectChangeFrom: 2);

        var links = await ResultLinks(page);
        Assert.Equal(Math.Min(4, total), links.Count);
        Assert.Equal(first, links.Take(2));
        Assert.Equal(links[2], await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href').split('?')[0]"));
        while (await more.IsVisibleAsync()) await more.ClickAsync();
        Assert.Equal(total, (await ResultLinks(page)).Count);
        Assert.Equal(total, (await ResultLinks(page)).Distinct().Count());
        Assert.Empty(problems.All);
    }

    [BrowserTheory]
    [InlineData("en", "Or start from a competence:")]
    [InlineData("de", "Oder beginnen Sie bei einer Kompetenz:")]
    [InlineData("fi", "Tai aloita osaamisalueesta:")]
    public async Task Opened_without_a_query_the_page_says_how_to_search_and_offers_the_competences_until_a_query_is_typed(string lang, string browse)
    {
        await using var session = await fixture.OpenAsync();
        var problems = new PageProblems(session.Page);
        var page = session.Page;
        await session.VisitAsync($"/{lang}/search/");
        var start = page.Locator(".search-start");
        await Assertions.Expect(start).ToBeVisibleAsync();
        await Assertions.Expect(start).ToContainTextAsync(browse);
        // Each competence that has cases, linked to its page in this language.
        var links = await start.Locator("ul.chips a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith($"/{lang}/competences/", href));
        Assert.Equal(links.Length, links.Distinct().Count());

        await page.Locator("#cl-search-q").FillAsync(lang == "de" ? "ubersetzungen" : "apprenticeship");
        await Assertions.Expect(start).ToBeHiddenAsync();
        await page.Locator("#cl-search-q").FillAsync("");
        await Assertions.Expect(start).ToBeVisibleAsync();

        // A page opened with a query never shows it.
        await session.VisitAsync($"/{lang}/search/?q=zzzz");
        Assert.False(await start.IsVisibleAsync());
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task Without_javascript_the_search_page_offers_the_browse_pages()
    {
        var context = await fixture.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/it/search/?q=test");
        Assert.True(await page.Locator("noscript").CountAsync() > 0);
        Assert.Contains("/it/cases/", await page.Locator("noscript").InnerHTMLAsync());
        await context.CloseAsync();
    }

    private static Task<List<string>> ResultLinks(IPage page, int? expectChangeFrom = null, bool allowEmpty = false) =>
        SearchPage.ResultLinks(page, expectChangeFrom, allowEmpty);
}
