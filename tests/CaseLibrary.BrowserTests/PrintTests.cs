using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>A case page under print media: a clean handout with no navigation, link URLs shown, licence and citation at the end.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintTests(SiteFixture fixture)
{
    [BrowserFact]
    public async Task Print_media_hides_navigation_and_buttons_and_shows_link_urls_licence_and_citation()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/en/cases/harbour-outreach-cork/");
        Assert.True(await session.Page.Locator(".main-nav").IsVisibleAsync());
        Assert.True(await session.Page.Locator(".trainer-actions .pack-toggle").IsVisibleAsync());

        await session.Page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var selector in new[] { ".main-nav", ".site-header", ".site-footer", ".site-search", ".lang-switch", ".trainer-actions", ".skip-link" })
            Assert.True(await session.Page.Locator(selector).First.IsHiddenAsync(), $"{selector} shows in print");
        Assert.True(await session.Page.Locator("article.case h1").IsVisibleAsync());
        Assert.True(await session.Page.Locator(".case-end .citation").IsVisibleAsync(), "the citation is not printed");
        Assert.True(await session.Page.Locator(".case-end .licence-note").IsVisibleAsync(), "the licence is not printed");
        var after = await session.Page.Locator(".case-end a[rel=license]").EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains("https://creativecommons.org/licenses/by-sa/4.0/", after);
        var fontFamily = await session.Page.Locator("body").EvaluateAsync<string>("b => getComputedStyle(b).fontFamily");
        Assert.Contains("Georgia", fontFamily);
        // The licence and citation come after the case text.
        var order = await session.Page.EvaluateAsync<bool>("() => !!(document.querySelector('.prose').compareDocumentPosition(document.querySelector('.case-end')) & Node.DOCUMENT_POSITION_FOLLOWING)");
        Assert.True(order, "the citation block is not after the case text");
    }
}
