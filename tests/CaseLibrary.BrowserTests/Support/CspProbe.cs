using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests.Support;

/// <summary>
/// Records <c>securitypolicyviolation</c> events from the start of every document of a context
/// (Playwright's init scripts are not subject to the page's CSP), and reads the page's CSP meta tag.
/// </summary>
public static class CspProbe
{
    private const string InitScript = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    public static Task InstallAsync(IBrowserContext context) => context.AddInitScriptAsync(InitScript);

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("() => window.__cspViolations ?? ['(probe missing: init script did not run)']");

    /// <summary>The content of <c>meta[http-equiv=Content-Security-Policy]</c> in the head, or null.</summary>
    public static async Task<string?> MetaPolicyAsync(IPage page)
    {
        var meta = page.Locator("head meta[http-equiv='Content-Security-Policy' i]");
        return await meta.CountAsync() == 1 ? await meta.GetAttributeAsync("content") : null;
    }
}
