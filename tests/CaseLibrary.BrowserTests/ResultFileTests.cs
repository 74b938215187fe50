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

        var cases = Directory.GetFiles(Path.Combine(fixture.Site.Folder, lang, "search", "result"), "*.json.gz");
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
        await session.Page.RouteAsync("**/en/search/result/*.json.gz", async route =>
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
        await session.Page.RouteAsync("**/en/search/result/*.json.gz", route => route.FulfillAsync(new() { ContentType = "application/json", Body = Stale }));
        await session.VisitAsync("/en/search/?q=apprenticeships");
        await session.Page.WaitForFunctionAsync("() => document.querySelector('.search-status').textContent.includes('could not')", null, new() { Timeout = 15000 });
        Assert.Equal(0, await session.Page.Locator(".search-results > li").CountAsync());
        Assert.DoesNotContain("Stale", await session.Page.Locator("main").InnerTextAsync());
    }

    [BrowserTheory]
    [InlineData("en", "apprenticeships")]
    [InlineData("de", "ubersetzungen")]
    public async Task Search_files_a_server_unpacks_itself_give_the_same_results(string lang, string query)
    {
        // The vocabulary, the chunks and the result files are stored gzip-compressed; a server that declares them
        // "Content-Encoding: gzip" has the browser unpack them before the worker sees them. Served here unpacked.
        var expected = await ResultsAsync(lang, query, unpackedByServer: false);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await ResultsAsync(lang, query, unpackedByServer: true));
    }

    [BrowserTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_browser_without_DecompressionStream_says_the_search_could_not_load(bool without)
    {
        // Chrome 80, Firefox 113 and Safari 16.4 have it; an older browser's worker cannot unpack the chunks. The same
        // worker script, changed only in that line, finds the results when the browser has it.
        await using var session = await fixture.OpenAsync();
        await session.Page.RouteAsync("**/assets/js/search-worker.en.*.js", async route =>
        {
            var response = await route.FetchAsync();
            var first = without ? "self.DecompressionStream = undefined;" : "self.DecompressionStream = self.DecompressionStream;";
            await route.FulfillAsync(new() { Response = response, Body = first + "\n" + await response.TextAsync() });
        });
        await session.VisitAsync("/en/search/?q=apprenticeships");
        if (!without)
        {
            Assert.Contains("/en/cases/apprenticeship-bridge-turin/", await SearchPage.ResultLinks(session.Page));
            return;
        }
        await session.Page.WaitForFunctionAsync("() => document.querySelector('.search-status').textContent.includes('could not')", null, new() { Timeout = 15000 });
        Assert.Equal(0, await session.Page.Locator(".search-results > li").CountAsync());
    }

    private async Task<List<string>> ResultsAsync(string lang, string query, bool unpackedByServer)
    {
        await using var session = await fixture.OpenAsync();
        var problems = new PageProblems(session.Page);
        var unpacked = 0;
        var packed = 0;
        await session.Page.RouteAsync($"**/{lang}/search/**/*.json.gz", async route =>
        {
            var response = await route.FetchAsync();
            var body = await response.BodyAsync();
            Assert.True(body is [0x1f, 0x8b, ..], $"{route.Request.Url} is not stored gzip-compressed");
            Interlocked.Increment(ref packed);
            if (!unpackedByServer)
            {
                await route.FulfillAsync(new() { Response = response });
                return;
            }
            using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress);
            using var text = new MemoryStream();
            await gzip.CopyToAsync(text);
            Interlocked.Increment(ref unpacked);
            await route.FulfillAsync(new() { Status = 200, ContentType = "application/json", BodyBytes = text.ToArray() });
        });
        await session.VisitAsync($"/{lang}/search/?q={Uri.EscapeDataString(query)}");
        await SearchPage.ResultLinks(session.Page);
        var cards = await session.Page.Locator(".search-results > li").AllInnerTextsAsync();
        Assert.True(packed > 0, "the search fetched no compressed file");
        Assert.Equal(unpackedByServer ? packed : 0, unpacked);
        Assert.Empty(problems.All);
        return [.. cards];
    }

    private const string Stale = """{"v":"000000000000","id":"not-this-case","title":"Stale title","summary":"Stale","sections":[]}""";

    private static string Id(string resultFile)
    {
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(resultFile), System.IO.Compression.CompressionMode.Decompress);
        using var file = JsonDocument.Parse(gzip);
        return file.RootElement.GetProperty("id").GetString()!;
    }
}
