using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests.Support;

/// <summary>Reads the search page's results once the search has answered.</summary>
public static class SearchPage
{
    /// <summary>The result links (hrefs), in order, after the current search finished (and, with expectChangeFrom, changed count).</summary>
    public static async Task<List<string>> ResultLinks(IPage page, int? expectChangeFrom = null, bool allowEmpty = false)
    {
        await page.WaitForFunctionAsync(
            "([from, allowEmpty]) => { const s = document.querySelector('#cl-search'); const n = document.querySelectorAll('.search-results > li').length;" +
            " return s && !s.hasAttribute('aria-busy') && document.querySelector('.search-status').textContent !== '' && (allowEmpty || n > 0) && (from === null || n !== from); }",
            new object?[] { expectChangeFrom, allowEmpty }, new() { Timeout = 15000 });
        // A result's link carries the words to highlight (?hl=…): the case's address is its path.
        return (await page.Locator(".search-results > li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href').split('?')[0].split('#')[0])")).ToList();
    }
}
