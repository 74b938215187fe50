using CaseLibrary.BrowserTests.Support;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// The listeners the site tests rely on really catch problems: a deliberately broken page, served by
/// the same server, must produce every kind of report. Guards the other tests against passing vacuously.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HarnessTests(SiteFixture fixture)
{
    private const string BrokenPage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="stylesheet" href="/missing.css">
        <link rel="stylesheet" href="/wide.css">
        <script>document.title = 'inline scripts must be blocked';</script>
        <script src="/broken.js"></script>
        </head><body><h1>Broken on purpose</h1><div class="wide">wide</div></body></html>
        """;

    private const string BrokenScript = "console.error('deliberate console error'); undefinedFunction();";

    [BrowserFact]
    public async Task Problem_listeners_catch_console_errors_script_errors_failed_requests_and_CSP_violations()
    {
        var folder = Path.Combine(Path.GetTempPath(), "caselib-browser-tests", "broken-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "index.html"), BrokenPage);
            File.WriteAllText(Path.Combine(folder, "broken.js"), BrokenScript);
            File.WriteAllText(Path.Combine(folder, "wide.css"), ".wide { width: 2000px; }");
            await using var server = await StaticSiteServer.StartAsync(folder);
            await using var session = await fixture.OpenAsync(new() { BaseURL = server.BaseUri.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
            await CspProbe.InstallAsync(session.Context);
            var problems = new PageProblems(session.Page);

            await session.VisitAsync("/");
            await session.Page.WaitForTimeoutAsync(200); // let late console events arrive

            Assert.Contains(problems.All, p => p.Contains("console error: deliberate console error", StringComparison.Ordinal));
            Assert.Contains(problems.All, p => p.Contains("page error:", StringComparison.Ordinal) && p.Contains("undefinedFunction", StringComparison.Ordinal));
            Assert.Contains(problems.All, p => p.Contains("HTTP 404: GET", StringComparison.Ordinal) && p.Contains("/missing.css", StringComparison.Ordinal));
            Assert.NotEmpty(problems.CspReports);
            Assert.Contains(await CspProbe.ViolationsAsync(session.Page), v => v.StartsWith("script-src", StringComparison.Ordinal));
            Assert.NotNull(await CspProbe.MetaPolicyAsync(session.Page));
            var overflow = await LayoutProbe.HorizontalOverflowAsync(session.Page);
            Assert.True(overflow.ScrollWidth > overflow.ClientWidth, "a 2000px-wide block did not register as overflow");
            Assert.NotEmpty(overflow.Offenders);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
