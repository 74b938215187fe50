using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests.Support;

/// <summary>Waiting for a navigation that an action (a key, a click) starts.</summary>
public static class Navigation
{
    /// <summary>
    /// Waits until the page's address has <paramref name="path"/> (any query or fragment), by polling the page's URL
    /// (Expect's retrying assertion). Page.WaitForURLAsync can miss a navigation that commits just before it is called:
    /// the header box test's Enter had opened /en/search/?q=young 57 ms after the key, and WaitForURLAsync still timed
    /// out 10 s later (1 run in 12, with its predicate true of the page's URL).
    /// </summary>
    public static Task WaitForPathAsync(IPage page, string path, float timeout = 30_000) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex("^https?://[^/]+" + Regex.Escape(path) + "([?#].*)?$"), new() { Timeout = timeout });
}
