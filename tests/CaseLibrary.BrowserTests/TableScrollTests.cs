using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// A table wider than a phone's screen scrolls sideways inside the text, and a shadow on the side that has more
/// columns says so: on the right at first, on the left once scrolled to the end (the case text and the teaching notes
/// are Markdown, so their tables have no other sign).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TableScrollTests(SiteFixture fixture)
{
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 360, Height = 740 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 1 };

    // The mean brightness (0–255) of the 6-pixel strips at the left and right edge of a PNG, read in a blank page
    // (the site's CSP refuses data: images).
    private const string EdgeBrightness = """
        async png => {
          const img = new Image();
          img.src = 'data:image/png;base64,' + png;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.width; canvas.height = img.height;
          const g = canvas.getContext('2d');
          g.drawImage(img, 0, 0);
          const strip = x => { const d = g.getImageData(x, 0, 6, img.height).data; let s = 0; for (let i = 0; i < d.length; i += 4) s += d[i] + d[i + 1] + d[i + 2]; return s / (d.length / 4) / 3; };
          return [strip(0), strip(img.width - 6)];
        }
        """;

    [BrowserTheory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task A_table_wider_than_the_screen_shows_a_shadow_on_the_side_that_scrolls(string scheme)
    {
        await using var session = await fixture.OpenAsync(new(Phone) { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        var page = session.Page;
        await session.VisitAsync("/en/cases/harbour-outreach-cork/notes/");
        var table = page.Locator(".prose table").First;
        // The notes' table, made wider than the screen with columns of long words (added with DOM methods: the CSP allows them).
        await table.EvaluateAsync("t => { for (const row of t.rows) for (let i = 0; i < 4; i++) { const cell = document.createElement(row.parentElement.tagName === 'THEAD' ? 'th' : 'td'); cell.textContent = 'Nachbereitungsgespräch ' + i; row.appendChild(cell) } }");
        Assert.True(await table.EvaluateAsync<bool>("t => t.scrollWidth > t.clientWidth + 100"), "the table should be wider than its box");

        var blank = await session.Context.NewPageAsync();
        async Task<double[]> Edges() => await blank.EvaluateAsync<double[]>(EdgeBrightness, Convert.ToBase64String(await table.ScreenshotAsync()));
        async Task<(double Left, double Right)> Shadow()
        {
            var with = await Edges();
            await table.EvaluateAsync("t => { t.style.backgroundImage = 'none' }");
            var without = await Edges();
            await table.EvaluateAsync("t => { t.style.backgroundImage = '' }");
            return (Math.Abs(with[0] - without[0]), Math.Abs(with[1] - without[1]));
        }

        var start = await Shadow();
        Assert.True(start.Right > 4, $"{scheme}, at the start: no shadow on the right (brightness differs by {start.Right:F1})");
        Assert.True(start.Left < 1, $"{scheme}, at the start: a shadow on the left (brightness differs by {start.Left:F1})");

        await table.EvaluateAsync("t => { t.scrollLeft = t.scrollWidth }");
        var end = await Shadow();
        Assert.True(end.Left > 4, $"{scheme}, scrolled to the end: no shadow on the left (brightness differs by {end.Left:F1})");
        Assert.True(end.Right < 1, $"{scheme}, scrolled to the end: a shadow on the right (brightness differs by {end.Right:F1})");
    }
}
