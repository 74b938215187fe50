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

    /// <summary>
    /// The README's pictures of a case page and a course pack (1280 px, light) and of a case on a phone (390 px). They are written to
    /// artifacts/screenshots/ on every run, and copied into .github/readme/ only with CASELIB_UPDATE_README_SCREENSHOTS=1,
    /// so running the tests does not touch tracked files.
    /// </summary>
    [BrowserFact]
    public async Task Readme_screenshots_of_a_case_page_a_course_pack_and_a_phone()
    {
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await using var session = await fixture.OpenAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, ColorScheme = ColorScheme.Light, DeviceScaleFactor = 1 });
        var shots = new List<string>();
        await session.VisitAsync("/en/cases/harbour-outreach-cork/");
        await session.Page.Locator(".trainer-actions .pack-toggle").ClickAsync();
        shots.Add(Path.Combine(RepoPaths.Screenshots, "readme-case-page.png"));
        await session.Page.ScreenshotAsync(new() { Path = shots[^1], Animations = ScreenshotAnimations.Disabled });
        // As a trainer opening a shared pack sees it (the pack above is theirs otherwise, and the page would say so).
        await session.Page.EvaluateAsync("() => localStorage.clear()");
        await session.VisitAsync("/en/course-pack/?cases=harbour-outreach-cork,apprenticeship-bridge-turin&edition=trainer&title=Autumn%20workshop&date=2026-10-12&group=Guidance%20trainees");
        await session.Page.Locator(".pack-document:not([aria-busy]) .pack-notes").Nth(1).WaitForAsync();
        await session.Page.SetViewportSizeAsync(1280, 1350); // down to the handout's cover
        shots.Add(Path.Combine(RepoPaths.Screenshots, "readme-course-pack.png"));
        await session.Page.ScreenshotAsync(new() { Path = shots[^1], Animations = ScreenshotAnimations.Disabled });

        // A phone (390 × 844, the first screen only): the short header, then the case, here an Italian translation
        // whose teaching notes exist only in English.
        await using (var phone = await fixture.OpenAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, ColorScheme = ColorScheme.Light, DeviceScaleFactor = 1 }))
        {
            await phone.VisitAsync("/it/cases/harbour-outreach-cork/");
            shots.Add(Path.Combine(RepoPaths.Screenshots, "readme-phone.png"));
            await phone.Page.ScreenshotAsync(new() { Path = shots[^1], Animations = ScreenshotAnimations.Disabled });
        }

        Assert.All(shots, f => Assert.True(new FileInfo(f).Length > MinimumBytes, f));
        if (Environment.GetEnvironmentVariable("CASELIB_UPDATE_README_SCREENSHOTS") == "1")
        {
            var target = Path.Combine(RepoPaths.Root, ".github", "readme");
            Directory.CreateDirectory(target);
            foreach (var shot in shots) File.Copy(shot, Path.Combine(target, Path.GetFileName(shot)["readme-".Length..]), overwrite: true);
        }
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
            ("notes", "/en/cases/harbour-outreach-cork/notes/"),
            ("matrix", "/en/competences/matrix/"),
            ("course-pack", "/en/course-pack/?cases=harbour-outreach-cork,apprenticeship-bridge-turin"),
            ("404", "/no-such-page/"),
        ];
    }
}
