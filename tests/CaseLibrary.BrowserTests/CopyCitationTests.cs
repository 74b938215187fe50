using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// A case page's "Copy citation" button (site.js, under the site's CSP) puts the reference shown above it on the
/// clipboard: as plain text, and as HTML with the title in italics. Without JavaScript the button stays hidden.
/// The words come from the page (its reference, the theme's strings), never pinned.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CopyCitationTests(SiteFixture fixture)
{
    [BrowserTheory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task The_button_copies_the_reference_shown_on_the_page(string lang)
    {
        await using var session = await fixture.OpenAsync(new() { Permissions = ["clipboard-read", "clipboard-write"] });
        await session.VisitAsync(fixture.Site.FirstCase(lang));
        var button = session.Page.Locator("section.cite .cite-copy button");
        await button.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        var reference = (await session.Page.Locator("section.cite .citation").TextContentAsync())!;
        var title = (await session.Page.Locator("article.case h1").TextContentAsync())!;
        Assert.Equal(title, await session.Page.Locator("section.cite .citation cite").TextContentAsync());

        await button.ClickAsync();
        var status = session.Page.Locator("section.cite .cite-copy-status");
        var copied = (await button.GetAttributeAsync("data-copied"))!;
        await Assertions.Expect(status).ToHaveTextAsync(copied);
        Assert.Equal(System.Text.RegularExpressions.Regex.Replace(reference, @"\s+", " ").Trim(),
            await session.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        // The HTML flavour keeps the title in italics: its <cite> holds the case's title.
        var cited = await session.Page.EvaluateAsync<string>(
            "async () => { for (const item of await navigator.clipboard.read()) if (item.types.includes('text/html')) { const html = await (await item.getType('text/html')).text(); return new DOMParser().parseFromString(html, 'text/html').querySelector('cite')?.textContent ?? 'no <cite>'; } return 'no text/html'; }");
        Assert.Equal(title, cited);
    }

    [BrowserFact]
    public async Task Without_javascript_the_button_is_hidden_and_the_downloads_remain()
    {
        await using var session = await fixture.OpenAsync(new() { JavaScriptEnabled = false });
        await session.VisitAsync(fixture.Site.FirstCase("en"));
        Assert.Equal(1, await session.Page.Locator("section.cite .cite-copy").CountAsync());
        Assert.True(await session.Page.Locator("section.cite .cite-copy").IsHiddenAsync());
        Assert.Equal(3, await session.Page.Locator("section.cite .downloads a[download]:visible").CountAsync());
    }
}
