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

    /// <summary>On a page shorter than the window, what shows below the footer has the footer's colour, light and dark.</summary>
    [BrowserTheory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Below_the_footer_of_a_short_page_the_window_has_the_footer_colour(string scheme)
    {
        await using var session = await fixture.OpenAsync(new() { ViewportSize = new() { Width = 1280, Height = 2400 }, ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await session.VisitAsync("/en/countries/");
        var colours = await session.Page.EvaluateAsync<string[]>("() => { const f = document.querySelector('.site-footer'); return [String(f.getBoundingClientRect().bottom < innerHeight), getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(f).backgroundColor, getComputedStyle(document.body).backgroundColor]; }");
        Assert.Equal("true", colours[0]); // the page is short enough to leave room below its footer
        Assert.Equal(colours[2], colours[1]);
        Assert.NotEqual(colours[2], colours[3]); // the page itself keeps its own background
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
