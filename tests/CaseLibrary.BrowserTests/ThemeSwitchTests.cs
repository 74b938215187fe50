using CaseLibrary.BrowserTests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// The footer's "Dark mode" switch: it overrides the system's scheme both ways, the choice is remembered on every later
/// page (in any language) and is on &lt;html&gt; before the body is parsed (so the first paint is already in the chosen
/// scheme), print stays black on white, the pages stay axe-clean in the chosen scheme, and without JavaScript the
/// switch is hidden and the system's scheme applies.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ThemeSwitchTests(SiteFixture fixture)
{
    /// <summary>Records, when &lt;body&gt; first exists, the scheme set on &lt;html&gt; (runs before any page script).</summary>
    private const string RecordAtBody =
        "(() => { const note = () => { window.__themeAtBody = document.documentElement.getAttribute('data-theme') || ''; };" +
        " if (document.body) { note(); return; }" +
        " const o = new MutationObserver(() => { if (document.body) { note(); o.disconnect(); } });" +
        " o.observe(document, { childList: true, subtree: true }); })()";

    [BrowserTheory]
    [InlineData("en")]
    [InlineData("it")]
    [InlineData("fi")]
    public async Task Choosing_dark_on_a_light_system_is_remembered_on_every_page_from_the_first_paint(string lang)
    {
        await using var session = await fixture.OpenAsync(new() { ColorScheme = ColorScheme.Light });
        var page = session.Page;
        var problems = new PageProblems(page);
        await page.AddInitScriptAsync(RecordAtBody);
        await session.VisitAsync(fixture.Site.FirstCase(lang));
        var lightBg = await Background(page);
        var toggle = page.Locator(".site-footer button.theme-toggle");
        Assert.True(await toggle.IsVisibleAsync());
        Assert.Equal(ThemeLabel(lang), (await toggle.TextContentAsync())!.Trim());
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));

        await toggle.ClickAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.Equal("dark", await page.EvaluateAsync<string>("() => document.documentElement.dataset.theme"));
        var darkBg = await Background(page);
        Assert.NotEqual(lightBg, darkBg);
        Assert.True(Luminance(darkBg) < Luminance(lightBg), $"dark background {darkBg} is not darker than {lightBg}");

        // Later pages, in other languages and templates, start dark: the choice is on <html> before <body> exists.
        foreach (var path in new[] { BuiltSite.Home(lang), $"/{lang}/competences/matrix/", "/", "/nl/cases/" })
        {
            await session.VisitAsync(path);
            Assert.Equal("dark", await page.EvaluateAsync<string>("() => window.__themeAtBody"));
            Assert.Equal(darkBg, await Background(page));
            Assert.Equal("true", await page.Locator("button.theme-toggle").GetAttributeAsync("aria-pressed"));
        }

        // Print stays black on white whatever the screen shows.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal("rgb(255, 255, 255)", await Background(page));
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // And back: the switch turns the light scheme on again, remembered too.
        await page.Locator("button.theme-toggle").ClickAsync();
        await session.VisitAsync(BuiltSite.Home(lang));
        Assert.Equal("light", await page.EvaluateAsync<string>("() => window.__themeAtBody"));
        Assert.Equal(lightBg, await Background(page));
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task Choosing_light_on_a_dark_system_wins_and_without_a_choice_the_system_scheme_applies()
    {
        await using var session = await fixture.OpenAsync(new() { ColorScheme = ColorScheme.Dark });
        var page = session.Page;
        await session.VisitAsync("/de/");
        var systemDark = await Background(page);
        Assert.Null(await page.EvaluateAsync<string?>("() => document.documentElement.getAttribute('data-theme')"));
        Assert.Equal("true", await page.Locator("button.theme-toggle").GetAttributeAsync("aria-pressed"));

        await page.Locator("button.theme-toggle").ClickAsync();
        await session.VisitAsync("/de/cases/");
        Assert.Equal("light", await page.EvaluateAsync<string>("() => document.documentElement.dataset.theme"));
        Assert.True(Luminance(await Background(page)) > Luminance(systemDark));
        Assert.Equal("false", await page.Locator("button.theme-toggle").GetAttributeAsync("aria-pressed"));
    }

    [BrowserFact]
    public async Task Without_javascript_the_switch_is_hidden_and_the_system_scheme_applies()
    {
        await using var session = await fixture.OpenAsync(new() { ColorScheme = ColorScheme.Dark, JavaScriptEnabled = false });
        await session.VisitAsync("/fr/");
        Assert.True(await session.Page.Locator("button.theme-toggle").IsHiddenAsync());
        Assert.True(Luminance(await Background(session.Page)) < 0.2);
    }

    [BrowserTheory]
    [InlineData("dark")]
    [InlineData("light")]
    public async Task Pages_in_the_chosen_scheme_have_no_axe_violations(string choice)
    {
        // The system says the opposite, so only the switch's choice can make the page look as it does.
        await using var session = await fixture.OpenAsync(new() { ColorScheme = choice == "dark" ? ColorScheme.Light : ColorScheme.Dark });
        var page = session.Page;
        await session.VisitAsync("/en/");
        await page.Locator("button.theme-toggle").ClickAsync();
        var failures = new List<string>();
        foreach (var path in new[] { fixture.Site.FirstCase("it"), "/en/cases/", "/fr/competences/matrix/", "/en/search/?q=young" })
        {
            await session.VisitAsync(path);
            Assert.Equal(choice, await page.EvaluateAsync<string>("() => document.documentElement.dataset.theme"));
            if (path.Contains("search", StringComparison.Ordinal)) await page.Locator(".search-results mark").First.WaitForAsync();
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
            Assert.True(result.Passes.Length > 10, $"axe passed only {result.Passes.Length} rules on {path}: did it run?");
            failures.AddRange(result.Violations.Select(v => $"{path}: {v.Id} {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}"));
        }
        Assert.True(failures.Count == 0, $"axe ({choice} chosen) found violations:\n" + string.Join("\n", failures));
    }

    private static Task<string> Background(IPage page) => page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    /// <summary>Relative luminance of an rgb(r, g, b) colour, 0 (black) to 1 (white).</summary>
    private static double Luminance(string rgb)
    {
        var parts = rgb[(rgb.IndexOf('(') + 1)..rgb.IndexOf(')')].Split(',').Take(3).Select(p => double.Parse(p.Trim(), System.Globalization.CultureInfo.InvariantCulture) / 255).ToArray();
        static double Linear(double c) => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        return 0.2126 * Linear(parts[0]) + 0.7152 * Linear(parts[1]) + 0.0722 * Linear(parts[2]);
    }

    /// <summary>The switch's words in a language, read from the theme (the UI's text, not the library's content).</summary>
    private static string ThemeLabel(string lang)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Theme, "i18n", lang + ".yaml"));
        var start = Array.IndexOf(lines, "theme:");
        return lines[start + 1].Trim().Split(':', 2)[1].Trim().Trim('"');
    }
}
