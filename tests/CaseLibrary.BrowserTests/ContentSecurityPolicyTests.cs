using CaseLibrary.BrowserTests.Support;

namespace CaseLibrary.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(SiteFixture fixture)
{
    /// <summary>A meta CSP only governs what comes after it, so it must precede every stylesheet and script.</summary>
    private const string MetaPrecedesResources = """
        () => {
          const meta = document.head.querySelector('meta[http-equiv="Content-Security-Policy" i]');
          const first = document.head.querySelector('link[rel~="stylesheet"], script, style, link[rel~="preload"]');
          return !!meta && (!first || !!(meta.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING));
        }
        """;

    [BrowserFact]
    public async Task Every_visited_page_has_a_CSP_meta_tag_and_no_violation_is_reported()
    {
        await using var session = await fixture.OpenAsync();
        await CspProbe.InstallAsync(session.Context);
        var problems = new PageProblems(session.Page);
        var failures = new List<string>();

        foreach (var path in fixture.Site.Tour().Append("/no-such-page/"))
        {
            await session.Page.GotoAsync(path);
            var policy = await CspProbe.MetaPolicyAsync(session.Page);
            if (policy is null) { failures.Add($"{path}: no (or more than one) CSP meta tag in <head>"); continue; }
            if (!policy.Contains("default-src", StringComparison.Ordinal)) failures.Add($"{path}: CSP has no default-src: {policy}");
            if (policy.Contains("'unsafe-inline'", StringComparison.Ordinal) || policy.Contains("'unsafe-eval'", StringComparison.Ordinal))
                failures.Add($"{path}: CSP allows unsafe-inline/unsafe-eval: {policy}");
            if (!await session.Page.EvaluateAsync<bool>(MetaPrecedesResources)) failures.Add($"{path}: CSP meta tag comes after a stylesheet or script");
            failures.AddRange((await CspProbe.ViolationsAsync(session.Page)).Select(v => $"{path}: securitypolicyviolation: {v}"));
        }

        failures.AddRange(problems.CspReports);
        Assert.True(failures.Count == 0, $"{failures.Count} CSP problem(s):\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// The citation downloads are data: links on the case page: under the page's CSP a click saves the file under its
    /// download name with the citation inside (a download is a navigation, not a fetch), with no violation reported.
    /// </summary>
    [BrowserFact]
    public async Task The_citation_download_links_save_their_files_under_the_policy()
    {
        await using var session = await fixture.OpenAsync(new Microsoft.Playwright.BrowserNewContextOptions { AcceptDownloads = true });
        await CspProbe.InstallAsync(session.Context);
        var problems = new PageProblems(session.Page);
        await session.VisitAsync(fixture.Site.FirstCase("en"));
        var title = (await session.Page.TextContentAsync("h1"))!.Trim();
        foreach (var (extension, marker) in new[] { ("bib", "@online{"), ("ris", "TY  - ELEC"), ("json", "\"title\"") })
        {
            var link = session.Page.Locator($".downloads a[download$='.{extension}']");
            var name = await link.GetAttributeAsync("download");
            var download = await session.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
            Assert.Equal(name, download.SuggestedFilename);
            var text = await File.ReadAllTextAsync((await download.PathAsync())!);
            Assert.Contains(marker, text, StringComparison.Ordinal);
            Assert.Contains(title.Split(' ')[0], text, StringComparison.Ordinal);
        }
        Assert.Empty(await CspProbe.ViolationsAsync(session.Page));
        Assert.Empty(problems.CspReports);
    }
}
