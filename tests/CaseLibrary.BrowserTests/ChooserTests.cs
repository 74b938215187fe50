using CaseLibrary.BrowserTests.Support;

namespace CaseLibrary.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ChooserTests(SiteFixture fixture)
{
    [BrowserFact]
    public async Task Language_chooser_links_reach_every_home_page_without_JavaScript()
    {
        await using var session = await fixture.OpenAsync(new() { JavaScriptEnabled = false });
        var page = session.Page;
        await session.VisitAsync("/");

        var lang = await page.Locator("html").GetAttributeAsync("lang");
        Assert.False(string.IsNullOrWhiteSpace(lang), "the chooser's <html> has no lang attribute");
        var hrefs = await page.Locator("main a[hreflang]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(fixture.Site.Languages.Select(BuiltSite.Home).Order(StringComparer.Ordinal), hrefs.Order(StringComparer.Ordinal));

        foreach (var language in fixture.Site.Languages)
        {
            await session.VisitAsync("/");
            await page.Locator($"main a[hreflang='{language}']").ClickAsync();
            await Navigation.WaitForPathAsync(page, fixture.Url(BuiltSite.Home(language)).PathAndQuery);

            Assert.Equal(BuiltSite.Home(language), session.CurrentPath);
            Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
            Assert.Equal(1, await page.Locator("main h1").CountAsync());
            Assert.True(await page.Locator("main a[href*='/cases/']").CountAsync() > 0, $"{language} home page lists no case links");
        }
    }
}
