using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(SiteFixture fixture)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task At_phone_width_case_and_list_pages_do_not_scroll_sideways()
    {
        await using var session = await fixture.OpenAsync(new() { ViewportSize = Phone, IsMobile = true, HasTouch = true, DeviceScaleFactor = 1 });
        var site = fixture.Site;
        var pages = site.Cases("en").Concat(site.ListPages("en")).Concat(site.Languages.Where(l => l != "en").Select(site.FirstCase))
            .Concat(["/en/competences/matrix/", "/de/competences/matrix/", "/en/cases/harbour-outreach-cork/notes/", "/en/course-pack/?cases=harbour-outreach-cork,apprenticeship-bridge-turin&notes=1"]).ToList();
        var failures = new List<string>();

        foreach (var path in pages)
        {
            await session.VisitAsync(path);
            var overflow = await LayoutProbe.HorizontalOverflowAsync(session.Page);
            if (overflow.ScrollWidth > overflow.ClientWidth)
                failures.Add($"{path}: scrollWidth {overflow.ScrollWidth} > clientWidth {overflow.ClientWidth}; widest: {string.Join("; ", overflow.Offenders)}");
        }

        Assert.Contains(pages, p => p.Contains("/cases/", StringComparison.Ordinal) && p.Count(c => c == '/') == 4);
        Assert.Contains("/en/cases/", pages);
        Assert.True(failures.Count == 0, $"{failures.Count} of {pages.Count} pages overflow at 390px:\n" + string.Join("\n", failures));
    }

    [BrowserFact]
    public async Task Dark_colour_scheme_changes_the_body_background_and_keeps_text_readable()
    {
        var path = fixture.Site.FirstCase("en");
        await using var light = await fixture.OpenAsync(new() { ColorScheme = ColorScheme.Light });
        await using var dark = await fixture.OpenAsync(new() { ColorScheme = ColorScheme.Dark });
        await light.VisitAsync(path);
        await dark.VisitAsync(path);

        var day = await LayoutProbe.BodyColoursAsync(light.Page);
        var night = await LayoutProbe.BodyColoursAsync(dark.Page);

        Assert.NotEqual(day.Background, night.Background);
        Assert.True(day.Contrast >= 7, $"light mode body text contrast {day.Contrast:F1} ({day.Text} on {day.Background}) is below 7:1");
        Assert.True(night.Contrast >= 7, $"dark mode body text contrast {night.Contrast:F1} ({night.Text} on {night.Background}) is below 7:1");
    }

    /// <summary>
    /// On a page shorter than the window the footer ends at the window's bottom (body min-height and flex), light and
    /// dark, in a short language list and on the short 404 page; the page keeps its own background above the footer.
    /// </summary>
    [BrowserTheory]
    [InlineData("light", "/en/countries/")]
    [InlineData("dark", "/en/countries/")]
    [InlineData("light", "/no-such-page/")]
    public async Task The_footer_of_a_short_page_reaches_the_bottom_of_the_window(string scheme, string path)
    {
        await using var session = await fixture.OpenAsync(new() { ViewportSize = new() { Width = 1280, Height = 2400 }, ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        var response = await session.Page.GotoAsync(path);
        Assert.NotNull(response);
        var box = await session.Page.EvaluateAsync<double[]>("() => { const f = document.querySelector('.site-footer').getBoundingClientRect(); const m = document.querySelector('main').getBoundingClientRect(); return [f.top, f.bottom, innerHeight, document.documentElement.scrollHeight, m.bottom]; }");
        Assert.True(Math.Abs(box[1] - box[2]) < 1, $"{path}: the footer ends at {box[1]} px, the window at {box[2]} px");
        Assert.True(box[3] <= box[2] + 1, $"{path}: the page scrolls ({box[3]} px in a {box[2]} px window): it is not a short page");
        Assert.True(Math.Abs(box[4] - box[0]) < 1, $"{path}: the footer does not follow the main part");
        var colours = await session.Page.EvaluateAsync<string[]>("() => [getComputedStyle(document.querySelector('.site-footer')).backgroundColor, getComputedStyle(document.body).backgroundColor]");
        Assert.NotEqual(colours[0], colours[1]); // the page itself keeps its own background
    }

    [BrowserFact]
    public async Task Print_media_hides_the_site_header()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync(fixture.Site.FirstCase("en"));
        var header = session.Page.Locator(".site-header");
        Assert.True(await header.IsVisibleAsync(), "the site header is not visible on screen");

        await session.Page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.True(await header.IsHiddenAsync(), "the site header still shows in print");
        Assert.True(await session.Page.Locator("article.case h1").IsVisibleAsync(), "the case title is hidden in print");
    }
}
