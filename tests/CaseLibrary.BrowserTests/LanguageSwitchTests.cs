using CaseLibrary.BrowserTests.Support;

namespace CaseLibrary.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitchTests(SiteFixture fixture)
{
    private const string PreferredTarget = "it";

    [BrowserFact]
    public async Task Following_a_case_from_the_home_page_then_switching_language_keeps_the_case()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.VisitAsync("/en/");

        var firstCase = page.Locator("main a[href^='/en/cases/']:not([href='/en/cases/'])").First;
        var caseHref = await firstCase.GetAttributeAsync("href");
        await firstCase.ClickAsync();
        await Navigation.WaitForPathAsync(page, fixture.Url(caseHref!).PathAndQuery);
        var caseId = caseHref!.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];

        Assert.Equal(1, await page.Locator("article.case").CountAsync());
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("article.case h1").InnerTextAsync()), "case page has an empty h1");
        Assert.Equal("true", await page.Locator("nav.lang-switch a[hreflang='en']").GetAttributeAsync("aria-current"));

        // Italian when this case has it, otherwise the first other language the switcher offers.
        var offered = await page.Locator("nav.lang-switch a[hreflang]:not([aria-current])").EvaluateAllAsync<string[]>("links => links.map(a => a.hreflang)");
        Assert.NotEmpty(offered);
        var target = offered.Contains(PreferredTarget) ? PreferredTarget : offered[0];
        var alsoIn = await page.Locator(".also-in a[hreflang]").EvaluateAllAsync<string[]>("links => links.map(a => a.hreflang)");
        Assert.Equal(offered.Order(StringComparer.Ordinal), alsoIn.Order(StringComparer.Ordinal));

        await page.Locator($"nav.lang-switch a[hreflang='{target}']").ClickAsync();
        var expected = $"/{target}/cases/{caseId}/";
        await Navigation.WaitForPathAsync(page, fixture.Url(expected).PathAndQuery);

        Assert.Equal(expected, session.CurrentPath);
        Assert.Equal(target, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(1, await page.Locator("article.case h1").CountAsync());
        Assert.Equal("true", await page.Locator($"nav.lang-switch a[hreflang='{target}']").GetAttributeAsync("aria-current"));
        Assert.Equal(caseHref, await page.Locator("nav.lang-switch a[hreflang='en']").GetAttributeAsync("href"));
    }
}
