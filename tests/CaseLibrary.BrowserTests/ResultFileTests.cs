using System.Text.Json;
using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// What a search downloads of the results: the store (what every hit is filtered and counted by) and one result file
/// per result shown, never those of the others; a result file cached from an earlier publication is not shown.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ResultFileTests(SiteFixture fixture)
{
    [BrowserTheory]
    [InlineData("en", "apprenticeships")]
    [InlineData("fr", "equipes")]
    [InlineData("de", "ubersetzungen")]
    public async Task A_search_fetches_the_result_files_of_the_results_shown_and_no_other(string lang, string query)
    {
        await using var session = await fixture.OpenAsync();
        var problems = new PageProblems(session.Page);
        var fetched = new List<string>();
        session.Page.Request += (_, request) =>
        {
            var path = new Uri(request.Url).AbsolutePath;
            if (path.Contains("/search/result/", StringComparison.Ordinal)) fetched.Add(path);
        };
        await session.VisitAsync($"/{lang}/search/?q={Uri.EscapeDataString(query)}");
        var links = await SearchPage.ResultLinks(session.Page);

        var cases = Directory.GetFiles(Path.Combine(fixture.Site.Folder, lang, "search", "result"), "*.json");
        Assert.True(links.Count < cases.Length, $"the query should match fewer than the {cases.Length} cases in {lang}");
        // One file per card, each the file of that card's case, all in the page's language.
        Assert.Equal(links.Count, fetched.Distinct().Count());
        Assert.All(fetched, path => Assert.StartsWith($"/{lang}/search/result/", path));
        var ids = fetched.Distinct().Select(path => Id(Path.Combine(fixture.Site.Folder, path.TrimStart('/')))).Order();
        Assert.Equal(links.Select(l => l.Split('/')[3]).Order(), ids);
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task A_result_file_of_an_earlier_publication_is_fetched_again_past_the_cache()
    {
        await using var session = await fixture.OpenAsync();
        var problems = new PageProblems(session.Page);
        var served = new Dictionary<string, int>();
        await session.Page.RouteAsync("**/en/search/result/*.json", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            served[path] = served.GetValueOrDefault(path) + 1;
            if (served[path] == 1) await route.FulfillAsync(new() { ContentType = "application/json", Body = Stale });
            else await route.ContinueAsync();
        });
        await session.VisitAsync("/en/search/?q=apprenticeships");
        var links = await SearchPage.ResultLinks(session.Page);

        Assert.Contains("/en/cases/apprenticeship-bridge-turin/", links);
        Assert.DoesNotContain("Stale", await session.Page.Locator(".search-results").InnerTextAsync());
        Assert.NotEmpty(served);
        Assert.All(served.Values, n => Assert.Equal(2, n));
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task A_result_file_that_stays_from_another_publication_shows_the_error_and_not_a_wrong_result()
    {
        await using var session = await fixture.OpenAsync();
        await session.Page.RouteAsync("**/en/search/result/*.json", route => route.FulfillAsync(new() { ContentType = "application/json", Body = Stale }));
        await session.VisitAsync("/en/search/?q=apprenticeships");
        await session.Page.WaitForFunctionAsync("() => document.querySelector('.search-status').textContent.includes('could not')", null, new() { Timeout = 15000 });
        Assert.Equal(0, await session.Page.Locator(".search-results > li").CountAsync());
        Assert.DoesNotContain("Stale", await session.Page.Locator("main").InnerTextAsync());
    }

    private const string Stale = """{"v":"000000000000","id":"not-this-case","title":"Stale title","summary":"Stale","sections":[]}""";

    private static string Id(string resultFile)
    {
        using var file = JsonDocument.Parse(File.ReadAllText(resultFile));
        return file.RootElement.GetProperty("id").GetString()!;
    }
}
