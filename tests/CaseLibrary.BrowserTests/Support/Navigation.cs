using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests.Support;

/// <summary>Waiting for a navigation that an action (a key, a click) starts.</summary>
public static class Navigation
{
    /// <summary>
    /// Waits until the page's address is <paramref name="pathAndQuery"/> (a path: with any query and fragment; a path
    /// with a query: that query, with any fragment; or a regular expression of the path, with <paramref name="pattern"/>),
    /// by polling the page's URL (Expect's retrying assertion), then for the new page's DOMContentLoaded.
    /// Page.WaitForURLAsync can miss a navigation that commits just before it is called: the header box test's Enter had
    /// opened /en/search/?q=young 57 ms after the key, and WaitForURLAsync still timed out 10 s later with its predicate
    /// true of the page's URL (1 run in 12); a pagination test's Enter did the same in a clean-clone CI run.
    /// </summary>
    public static async Task WaitForPathAsync(IPage page, string pathAndQuery, float timeout = 30_000, bool pattern = false)
    {
        var tail = pathAndQuery.Contains('?') ? "(#.*)?$" : "([?#].*)?$";
        var regex = new Regex("^https?://[^/]+" + (pattern ? pathAndQuery : Regex.Escape(pathAndQuery)) + tail);
        await Assertions.Expect(page).ToHaveURLAsync(regex, new() { Timeout = timeout });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = timeout });
    }
}
