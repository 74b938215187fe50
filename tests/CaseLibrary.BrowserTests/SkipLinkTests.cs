using CaseLibrary.BrowserTests.Support;

namespace CaseLibrary.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SkipLinkTests(SiteFixture fixture)
{
    [BrowserFact]
    public async Task Tab_focuses_the_skip_link_first_and_Enter_moves_focus_to_main()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var path = fixture.Site.FirstCase("en");
        await session.VisitAsync(path);

        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('a.skip-link')"),
            "first Tab focused " + await page.EvaluateAsync<string>("() => document.activeElement.outerHTML.slice(0, 120)"));
        var box = await page.Locator("a.skip-link").BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Y: >= 0 }, $"the focused skip link is off screen at {box?.X},{box?.Y}");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(fixture.Url(path + "#cl-main").ToString());

        Assert.Equal("cl-main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.EndsWith("#cl-main", page.Url, StringComparison.Ordinal);
    }
}
