using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// A page opened with a query downloads the postings chunks its words most likely need while the search worker starts
/// and hands them over, so the worker does not download them again; when the page's download fails, the worker downloads
/// the chunk itself. Who asked for a file is told by its Referer: the search page, or the worker's script.
/// On <see cref="SplitSite"/> (several chunks per language), in two languages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ChunkHandOverTests(SiteFixture fixture, SplitSite _site) : IClassFixture<SplitSite>
{
    [BrowserTheory]
    [InlineData("en")]
    [InlineData("it")]
    public async Task The_page_downloads_the_query_s_chunks_once_and_the_worker_uses_them(string lang)
    {
        await using var session = await fixture.OpenAsync(new BrowserNewContextOptions { BaseURL = _site.Server.BaseUri.ToString() });
        var problems = new PageProblems(session.Page);
        var requests = new ConcurrentQueue<(string Path, bool ByPage)>();
        await session.Page.RouteAsync(new Regex($"/{lang}/search/split/[0-9]+\\.json$"), async route =>
        {
            requests.Enqueue((new Uri(route.Request.Url).AbsolutePath, ByPage(route.Request)));
            await route.ContinueAsync();
        });

        await SearchAsync(session, lang);

        var seen = requests.ToList();
        Assert.Contains(seen, r => r.ByPage);
        var twice = seen.GroupBy(r => r.Path).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, $"downloaded twice: {string.Join(", ", twice)} (page and worker: {string.Join(", ", seen)})");
        Assert.Empty(problems.All);
    }

    [BrowserTheory]
    [InlineData("en")]
    [InlineData("it")]
    public async Task When_the_page_s_chunk_download_fails_the_worker_downloads_the_chunk_itself(string lang)
    {
        await using var session = await fixture.OpenAsync(new BrowserNewContextOptions { BaseURL = _site.Server.BaseUri.ToString() });
        var byWorker = new ConcurrentQueue<string>();
        var refused = new ConcurrentQueue<string>();
        await session.Page.RouteAsync(new Regex($"/{lang}/search/split/[0-9]+\\.json$"), async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            if (ByPage(route.Request))
            {
                refused.Enqueue(path);
                await route.AbortAsync();
                return;
            }
            byWorker.Enqueue(path);
            await route.ContinueAsync();
        });

        await SearchAsync(session, lang);

        Assert.NotEmpty(refused);
        Assert.Subset(byWorker.ToHashSet(), refused.ToHashSet()); // each chunk the page failed to get, the worker got
    }

    /// <summary>Opens the search page with the target case's word and waits for that case as the first result.</summary>
    private static async Task SearchAsync(BrowserSession session, string lang)
    {
        await session.VisitAsync($"/{lang}/search/?q={Uri.EscapeDataString(SplitSite.Word(lang, SplitSite.Target))}");
        var first = session.Page.Locator(".search-results a[href*='/cases/']").First;
        await first.WaitForAsync(new() { Timeout = 15000 });
        Assert.Equal($"/{lang}/cases/{SplitSite.CaseId(SplitSite.Target)}/", new Uri(new Uri("http://x"), await first.GetAttributeAsync("href")).AbsolutePath);
        await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>Asked for by the search page (its address is the Referer), not by the worker (whose Referer is its script).</summary>
    private static bool ByPage(IRequest request) =>
        request.Headers.TryGetValue("referer", out var referer) && SearchPageAddress().IsMatch(referer);

    [GeneratedRegex(@"/search/(\?|$)")]
    private static partial Regex SearchPageAddress();
}
