using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// Full-page PNGs of every page type at phone and desktop width, light and dark, into
/// artifacts/screenshots/ (git-ignored) for a person to look at: &lt;type&gt;-&lt;width&gt;-&lt;scheme&gt;.png.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Screenshots(SiteFixture fixture)
{
    private const int MinimumBytes = 10 * 1024;
    private static readonly int[] Widths = [390, 1280];
    private static readonly ColorScheme[] Schemes = [ColorScheme.Light, ColorScheme.Dark];

    [BrowserFact]
    public async Task Screenshots_of_every_page_type()
    {
        Directory.CreateDirectory(RepoPaths.Screenshots);
        var pages = PageTypes();
        var written = new List<string>();

        foreach (var width in Widths)
        foreach (var scheme in Schemes)
        {
            await using var session = await fixture.OpenAsync(new()
            {
                ViewportSize = new() { Width = width, Height = width < 600 ? 844 : 800 },
                ColorScheme = scheme,
                IsMobile = width < 600,
                DeviceScaleFactor = 1,
            });
            foreach (var (type, path) in pages)
            {
                await session.Page.GotoAsync(path);
                var file = Path.Combine(RepoPaths.Screenshots, $"{type}-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                await session.Page.ScreenshotAsync(new() { Path = file, FullPage = true, Animations = ScreenshotAnimations.Disabled });
                written.Add(file);
            }
        }

        Assert.Equal(pages.Count * Widths.Length * Schemes.Length, written.Count);
        var small = written.Where(f => !File.Exists(f) || new FileInfo(f).Length <= MinimumBytes).ToList();
        Assert.True(small.Count == 0, "missing or suspiciously small screenshots (<= 10 KB):\n" + string.Join("\n", small));
    }

    private IReadOnlyList<(string Type, string Path)> PageTypes()
    {
        var site = fixture.Site;
        return
        [
            ("chooser", "/"),
            ("home", BuiltSite.Home("en")),
            ("cases", BuiltSite.ListPage("en", "cases")),
            ("case", site.FirstCase("en")),
            ("competences", BuiltSite.ListPage("en", "competences")),
            ("competence", site.FirstItem("en", "competences")),
            ("countries", BuiltSite.ListPage("en", "countries")),
            ("country", site.FirstItem("en", "countries")),
            ("authors", BuiltSite.ListPage("en", "authors")),
            ("author", site.FirstItem("en", "authors")),
            ("languages", BuiltSite.ListPage("en", "languages")),
            ("language", site.FirstItem("en", "languages")),
            ("404", "/no-such-page/"),
        ];
    }
}
