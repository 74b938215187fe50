using CaseLibrary.BrowserTests.Support;
using CaseLibrary.Tests.Writing;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>A case page under print media: a clean handout with no navigation, link URLs shown, licence and citation at the end.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintTests(SiteFixture fixture)
{
    [BrowserFact]
    public async Task Print_media_hides_navigation_and_buttons_and_shows_link_urls_licence_and_citation()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/en/cases/harbour-outreach-cork/");
        Assert.True(await session.Page.Locator(".main-nav").IsVisibleAsync());
        Assert.True(await session.Page.Locator(".trainer-actions .pack-toggle").IsVisibleAsync());

        await session.Page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var selector in new[] { ".main-nav", ".site-header", ".site-footer", ".site-search", ".lang-switch", ".trainer-actions", ".skip-link" })
            Assert.True(await session.Page.Locator(selector).First.IsHiddenAsync(), $"{selector} shows in print");
        Assert.True(await session.Page.Locator("article.case h1").IsVisibleAsync());
        Assert.True(await session.Page.Locator(".case-end .citation").IsVisibleAsync(), "the citation is not printed");
        Assert.True(await session.Page.Locator(".case-end .licence-note").IsVisibleAsync(), "the licence is not printed");
        var after = await session.Page.Locator(".case-end a[rel=license]").EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains("https://creativecommons.org/licenses/by-sa/4.0/", after);
        var fontFamily = await session.Page.Locator("body").EvaluateAsync<string>("b => getComputedStyle(b).fontFamily");
        Assert.Contains("Georgia", fontFamily);
        // The licence and citation come after the case text.
        var order = await session.Page.EvaluateAsync<bool>("() => !!(document.querySelector('.prose').compareDocumentPosition(document.querySelector('.case-end')) & Node.DOCUMENT_POSITION_FOLLOWING)");
        Assert.True(order, "the citation block is not after the case text");
    }

    [BrowserFact]
    public async Task The_browsers_own_print_of_a_case_is_a4_with_page_numbers_and_the_case_starting_on_page_one()
    {
        await using var session = await fixture.OpenAsync();
        var casePath = fixture.Site.FirstCase("en");
        await session.VisitAsync(casePath);
        var opening = await session.Page.Locator("article.case .prose > p").First.InnerTextAsync();
        await session.Page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await session.Page.Locator(".case-end .downloads").IsHiddenAsync(), "the citation download links print");
        var path = Path.Combine(Path.GetTempPath(), "caselib-case-" + Guid.NewGuid().ToString("N") + ".pdf");
        // PreferCSSPageSize: the page's @page rule decides, as in Chromium's print dialog.
        await session.Page.PdfAsync(new() { Path = path, PreferCSSPageSize = true });
        try
        {
            Assert.Contains("(A4)", PdfTools.Info(path));
            var first = PdfTools.Text(path, 1);
            Assert.Contains(Squash(opening), Squash(first));
            Assert.Matches(@"1\s*/\s*\d+", first);
            Assert.DoesNotContain("BibTeX", PdfTools.Text(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
