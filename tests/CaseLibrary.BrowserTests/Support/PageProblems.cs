using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests.Support;

/// <summary>
/// Listens to a page for what a visitor's browser would complain about: console errors (CSP
/// violations among them), uncaught script errors, failed requests and HTTP responses of 400 or more.
/// Each problem is recorded with the page path it happened on.
/// </summary>
public sealed class PageProblems
{
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly IPage _page;

    public PageProblems(IPage page)
    {
        _page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Add($"console error: {message.Text} [{message.Location}]");
        };
        page.PageError += (_, error) => Add($"page error: {error}");
        page.RequestFailed += (_, request) => Add($"request failed: {request.Method} {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
        };
    }

    public IReadOnlyList<string> All => [.. _problems];

    /// <summary>Console errors that mention the Content Security Policy (how Chromium reports a violation).</summary>
    public IReadOnlyList<string> CspReports =>
        [.. _problems.Where(p => p.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || p.Contains("Content-Security-Policy", StringComparison.OrdinalIgnoreCase))];

    private void Add(string problem)
    {
        string path;
        try { path = new Uri(_page.Url).PathAndQuery; } catch (UriFormatException) { path = _page.Url; }
        _problems.Enqueue($"{path}: {problem}");
    }
}
