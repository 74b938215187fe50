using CaseLibrary.BrowserTests.Support;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// Regression tests for theme bugs the browser tests found (space above the footer; author links that
/// started with the affiliation). Each failed before its fix.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ThemeRegressionTests(SiteFixture fixture)
{
    private const string GapAboveFooter = """
        () => {
          const main = document.querySelector('main');
          const footer = document.querySelector('.site-footer');
          const last = [...main.querySelectorAll('*')].filter(e => e.checkVisibility() && e.getClientRects().length > 0)
            .reduce((max, e) => Math.max(max, e.getBoundingClientRect().bottom), 0);
          return Math.round(footer.getBoundingClientRect().top - last);
        }
        """;

    [BrowserFact]
    public async Task Main_content_keeps_space_above_the_footer()
    {
        await using var session = await fixture.OpenAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var failures = new List<string>();
        foreach (var path in new[] { fixture.Site.FirstCase("en"), "/en/", "/en/cases/" })
        {
            await session.VisitAsync(path);
            var gap = await session.Page.EvaluateAsync<int>(GapAboveFooter);
            if (gap < 16) failures.Add($"{path}: {gap}px between the last content of <main> and the footer");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [BrowserFact]
    public async Task Author_list_links_start_with_the_authors_name()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync(BuiltSite.ListPage("en", "authors"));
        var links = await session.Page.Locator("main .terms li > a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        var texts = await session.Page.Locator("main .terms li > a").AllInnerTextsAsync();
        Assert.NotEmpty(links);

        var failures = new List<string>();
        for (var i = 0; i < links.Length; i++)
        {
            await session.VisitAsync(new Uri(links[i]).AbsolutePath);
            var name = (await session.Page.Locator("main h1").InnerTextAsync()).Trim();
            if (!texts[i].TrimStart().StartsWith(name, StringComparison.Ordinal)) failures.Add($"link \"{texts[i].Trim()}\" does not start with \"{name}\"");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
