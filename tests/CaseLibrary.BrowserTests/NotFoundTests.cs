using System.Text.RegularExpressions;
using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed partial class NotFoundTests(SiteFixture fixture)
{
    [BrowserFact]
    public async Task Missing_URLs_answer_404_with_the_styled_404_page()
    {
        // One block per language; the page shows the block of the address's language (else the browser's, else the default).
        var headings = H1().Matches(fixture.Site.ReadFile("404.html")).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());
        Assert.True(headings.Count >= 2 && headings.Values.All(h => h.Length > 0), "404.html has no h1 per language");
        await using var session = await fixture.OpenAsync();
        var problems = new PageProblems(session.Page);

        string[] missing = ["/no-such-page/", "/en/cases/no-such-case/", "/fr/missing.html"];
        foreach (var path in missing)
        {
            var response = await session.Page.GotoAsync(path);

            Assert.NotNull(response);
            Assert.Equal(404, response.Status);
            Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
            Assert.Equal(1, await session.Page.Locator("body.page-404").CountAsync());
            Assert.Equal(headings[path.StartsWith("/fr/", StringComparison.Ordinal) ? "fr" : "en"], (await session.Page.Locator("main h1:visible").InnerTextAsync()).Trim());
            Assert.Equal(fixture.Url(path).ToString(), session.Page.Url);
        }

        // Only the three documents themselves may fail: the page's stylesheet and links use root-relative URLs.
        var documents = missing.Select(p => fixture.Url(p).ToString()).ToList();
        var others = problems.All.Where(p => !documents.Any(d => p.Contains(d, StringComparison.Ordinal))).ToList();
        Assert.True(others.Count == 0, string.Join("\n", others));
    }

    /// <summary>
    /// The whole 404 page speaks the language shown, not only its main text (a reader's review: the title, header and
    /// footer stayed English and the menu led to /en/): its skip link, menu, search box, course pack link and footer are
    /// those of that language's own pages, its title is that language's, and the footer's dark-mode switch works.
    /// </summary>
    [BrowserTheory]
    [InlineData("fr")]
    [InlineData("it")]
    [InlineData("de")]
    [InlineData("fi")]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task The_header_footer_and_title_of_the_404_page_are_the_language_shown(string lang)
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var problems = new PageProblems(page);
        await session.VisitAsync($"/{lang}/");
        var home = await ChromeAsync(page);

        var response = await page.GotoAsync($"/{lang}/cases/no-such-case/");

        Assert.Equal(404, response!.Status);
        Assert.Equal(lang, await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        var missing = await ChromeAsync(page);
        Assert.Equal(home.Skip, missing.Skip);
        Assert.Equal(home.Menu, missing.Menu);
        Assert.Contains($"/{lang}/cases/", missing.Menu);
        Assert.Equal(home.Search, missing.Search);
        Assert.Equal(home.Footer, missing.Footer);
        var heading = (await page.Locator("main h1:visible").InnerTextAsync()).Trim();
        Assert.StartsWith(heading + " · ", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Empty(await page.EvaluateAsync<string[]>(
            "() => { const seen = new Set(), twice = []; document.querySelectorAll('[id]').forEach(e => { if (seen.has(e.id)) twice.push(e.id); seen.add(e.id) }); return twice }"));
        // theme.js wired the footer's switch of the language shown.
        var toggle = page.Locator("button.theme-toggle");
        Assert.True(await toggle.IsVisibleAsync());
        var pressed = await toggle.GetAttributeAsync("aria-pressed");
        await toggle.ClickAsync();
        Assert.NotEqual(pressed, await toggle.GetAttributeAsync("aria-pressed"));
        var documents = new[] { fixture.Url($"/{lang}/cases/no-such-case/").ToString() };
        Assert.DoesNotContain(problems.All, p => !documents.Any(d => p.Contains(d, StringComparison.Ordinal)));
    }

    private sealed record Chrome(string Skip, string Menu, string Search, string Footer);

    private static async Task<Chrome> ChromeAsync(IPage page) => new(
        (await page.Locator("a.skip-link").TextContentAsync())!.Trim(),
        string.Join("\n", await page.Locator("header.site-header .main-nav a, header.site-header a.pack-link, header.site-header a.brand")
            .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href') + ' ' + a.textContent.trim())")),
        await page.Locator("form.site-search").EvaluateAsync<string>("f => [f.getAttribute('action'), f.dataset.worker, f.dataset.box, f.querySelector('input').placeholder, f.querySelector('button').textContent].join(' | ')"),
        (await page.Locator("footer.site-footer").InnerTextAsync()).Trim());

    [GeneratedRegex(@"<div class=""not-found-lang"" lang=""([a-z]+)""[^>]*>\s*<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex H1();
}
