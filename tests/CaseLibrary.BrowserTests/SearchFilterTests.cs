using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// The search page's filters on the sample library: updated in place (the focused checkbox keeps the focus), several
/// values per filter, values in the URL in any case, and the language filter of "all languages" finding every version
/// in that language.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchFilterTests(SiteFixture fixture)
{
    [BrowserFact]
    public async Task A_filter_keeps_the_keyboard_focus_when_the_results_update()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var problems = new PageProblems(page);
        await session.VisitAsync("/en/search/?q=young");
        var all = await SearchPage.ResultLinks(page);

        var ireland = page.Locator(".search-facets input[name=country][value=IE]");
        await ireland.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('country') === 'IE'");
        await SearchPage.ResultLinks(page, expectChangeFrom: all.Count);

        Assert.Equal("country IE", await page.EvaluateAsync<string>("() => document.activeElement.name + ' ' + document.activeElement.value"));
        Assert.True(await ireland.IsCheckedAsync());

        // The keyboard goes on from there: Tab reaches the next filter, Space ticks it.
        await page.Keyboard.PressAsync("Tab");
        var next = await page.EvaluateAsync<string>("() => document.activeElement.name + ' ' + document.activeElement.value");
        Assert.StartsWith("country ", next);
        Assert.NotEqual("country IE", next);
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task A_filter_takes_several_values_and_the_url_keeps_them()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.VisitAsync("/en/search/?q=young&country=IE");
        Assert.Equal(["/en/cases/harbour-outreach-cork/"], await SearchPage.ResultLinks(page));

        await page.Locator(".search-facets input[name=country][value=IT]").CheckAsync();
        await page.WaitForFunctionAsync("() => new URLSearchParams(location.search).getAll('country').join() === 'IE,IT'");
        var links = await SearchPage.ResultLinks(page, expectChangeFrom: 1);

        Assert.Equal(["/en/cases/apprenticeship-bridge-turin/", "/en/cases/harbour-outreach-cork/"], links.Order(StringComparer.Ordinal));
        Assert.True(await page.Locator(".search-facets input[name=country][value=IE]").IsCheckedAsync());
        Assert.True(await page.Locator(".search-facets input[name=country][value=IT]").IsCheckedAsync());
    }

    [BrowserTheory]
    [InlineData("country=ie")]
    [InlineData("country=Ie")]
    public async Task Filter_values_in_the_url_are_case_insensitive(string filter)
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/en/search/?q=young&" + filter);

        Assert.Equal(["/en/cases/harbour-outreach-cork/"], await SearchPage.ResultLinks(session.Page));
        Assert.True(await session.Page.Locator(".search-facets input[name=country][value=IE]").IsCheckedAsync());
    }

    [BrowserFact]
    public async Task In_all_languages_the_language_filter_finds_every_version_in_that_language()
    {
        // Both Dutch versions in the sample also exist in French, the page's language.
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/fr/search/?all=1&lang=NL");
        var links = await SearchPage.ResultLinks(session.Page);

        Assert.Equal(["/nl/cases/harbour-outreach-cork/", "/nl/cases/peer-supervision-ghent/"], links.Order(StringComparer.Ordinal));
        Assert.True(await session.Page.Locator(".search-facets input[name=lang][value=nl]").IsCheckedAsync());
    }
}
