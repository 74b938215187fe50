using CaseLibrary.BrowserTests.Support;

namespace CaseLibrary.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ConsoleAndNetworkTests(SiteFixture fixture)
{
    [BrowserFact]
    public async Task Tour_of_the_site_has_no_console_errors_and_no_failed_requests()
    {
        await using var session = await fixture.OpenAsync();
        var problems = new PageProblems(session.Page);
        var tour = fixture.Site.Tour();

        foreach (var path in tour)
        {
            await session.VisitAsync(path);
            Assert.True(await session.Page.Locator("link[rel=stylesheet]").CountAsync() > 0, $"{path} links no stylesheet");
        }

        Assert.True(tour.Count >= 1 + fixture.Site.Languages.Count * 7, $"the tour visited only {tour.Count} pages");
        Assert.True(problems.All.Count == 0, $"{problems.All.Count} problem(s) on the tour:\n" + string.Join("\n", problems.All));
    }
}
