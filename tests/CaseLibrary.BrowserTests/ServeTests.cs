using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CaseLibrary.Build;
using CaseLibrary.BrowserTests.Support;
using CaseLibrary.Serve;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// <c>caselib serve</c> in Chromium: an edited case reloads the open page with the new text, a broken file shows the
/// error overlay over the last good page (under the site's CSP), and the fix reloads again; the preview's search finds what
/// the built site's does.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ServeTests(SiteFixture fixture, ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "caselib-serve-tests", Guid.NewGuid().ToString("N"));

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>serve on a copy of the tiny fixture library in this test's throwaway folder.</summary>
    private Task<DevServer> ServeTinyLibraryAsync()
    {
        var fixtureCases = Path.Combine(RepoPaths.Root, "tests", "fixtures", "tiny", "cases");
        foreach (var source in Directory.EnumerateFiles(fixtureCases, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_folder, Path.GetRelativePath(fixtureCases, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
        return DevServer.StartAsync(new BuildOptions(_folder, RepoPaths.Theme, "", DisplayRoot: _folder), FreePort(), TextWriter.Null);
    }

    private async Task<(IBrowserContext, IPage)> OpenAsync(DevServer server)
    {
        var context = await fixture.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Url });
        context.SetDefaultTimeout(20_000);
        return (context, await context.NewPageAsync());
    }

    [BrowserFact]
    public async Task An_edit_reloads_the_page_and_an_error_shows_the_overlay()
    {
        await using var server = await ServeTinyLibraryAsync();
        var (context, page) = await OpenAsync(server);
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        await page.GotoAsync("/en/cases/alpha-case/");
        await page.WaitForFunctionAsync("() => document.documentElement.hasAttribute('data-caselib-live')"); // connected to the event stream
        await page.EvaluateAsync("() => { window.__beforeReload = true; }");

        var file = Path.Combine(_folder, "alpha-case", "en.md");
        var original = await File.ReadAllTextAsync(file);
        var clock = Stopwatch.StartNew();
        await File.WriteAllTextAsync(file, System.Text.RegularExpressions.Regex.Replace(original, "(?m)^title: .*$", "title: \"Alpha, as edited in serve\""));
        await page.WaitForFunctionAsync("() => document.querySelector('h1')?.textContent.includes('Alpha, as edited in serve')");
        output.WriteLine($"edit to reloaded page: {clock.ElapsedMilliseconds} ms");
        Assert.False(await page.EvaluateAsync<bool>("() => window.__beforeReload === true"), "the page was not reloaded");

        await File.WriteAllTextAsync(file, original.Replace("title: ", "title: [unclosed\nsummary2: "));
        var overlay = page.Locator("#cl-live-overlay");
        await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Contains("YAML019", await overlay.TextContentAsync());
        Assert.Contains("alpha-case/en.md", await overlay.TextContentAsync());
        Assert.Contains("Alpha, as edited in serve", await page.Locator("h1").TextContentAsync());

        await File.WriteAllTextAsync(file, original);
        await page.WaitForFunctionAsync("() => !document.getElementById('cl-live-overlay') && !document.querySelector('h1').textContent.includes('as edited in serve')");
        Assert.Empty(problems);
        await context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_preview_searches_as_the_built_site_does()
    {
        // serve keeps the site in memory: the search's compressed files (*.json.gz) are served from there as they are.
        await using var server = await ServeTinyLibraryAsync();
        var (context, page) = await OpenAsync(server);
        var problems = new PageProblems(page);
        var compressed = new List<string>();
        page.Response += (_, response) => { if (response.Url.EndsWith(".json.gz", StringComparison.Ordinal) && response.Ok) lock (compressed) compressed.Add(response.Url); };
        await page.GotoAsync("/en/search/?q=listening");
        Assert.Equal(["/en/cases/alpha-case/"], await SearchPage.ResultLinks(page));
        lock (compressed)
        {
            Assert.Contains(compressed, url => url.Contains("/en/search/split/", StringComparison.Ordinal));
            Assert.Contains(compressed, url => url.Contains("/en/search/result/", StringComparison.Ordinal));
        }
        Assert.Empty(problems.All);
        await context.CloseAsync();
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
