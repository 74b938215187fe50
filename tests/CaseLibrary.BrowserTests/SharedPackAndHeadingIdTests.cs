using CaseLibrary.BrowserTests.Support;
using CaseLibrary.Cli;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// A fixture library (the tiny one, with a case whose headings are named like the theme's ids: "## Main",
/// "## Pack", "## Licence filter", "## Cl main", …) in a real browser: the case page keeps one element per id and
/// no script error, a <c>?cases=</c> link on a case page does nothing to the saved course pack, and on the course pack
/// page a link never overwrites a reader's different saved pack (it is shown until the reader keeps it) and an empty
/// or invalid <c>?cases=</c> changes nothing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SharedPackAndHeadingIdTests(SiteFixture fixture) : IAsyncLifetime
{
    private const string Saved = "[\"alpha-case\",\"gamma-case\"]";
    private const string Headings = "\n## Main\n\nText.\n\n## Pack\n\nText.\n\n## Licence filter\n\nText.\n\n## Cl main\n\nText.\n\n## cl-pack\n\nText.\n\n## Search\n\nText.\n\n## Cite\n\nText.\n";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "caselib-browser-tests", Guid.NewGuid().ToString("N"));
    private StaticSiteServer _server = null!;

    public async Task InitializeAsync()
    {
        var source = Path.Combine(RepoPaths.Root, "tests", "fixtures", "tiny", "cases");
        var cases = Path.Combine(_folder, "cases");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(cases, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        File.AppendAllText(Path.Combine(cases, "beta-case", "en.md"), Headings);
        var output = Path.Combine(_folder, "out");
        var stderr = new StringWriter();
        var code = CommandLine.Run(["build", "--source", cases, "--theme", RepoPaths.Theme, "--out", output], TextWriter.Null, stderr, new CommandEnvironment(Directory.GetCurrentDirectory()), RepoPaths.Root);
        if (code != CommandLine.Ok) throw new InvalidOperationException($"the fixture did not build (exit {code}):\n{stderr}");
        _server = await StaticSiteServer.StartAsync(output);
    }

    private async Task<(BrowserSession Session, PageProblems Problems)> OpenWithSavedPackAsync(string? saved)
    {
        var context = await fixture.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server.BaseUri.ToString() });
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        var session = new BrowserSession(context, page);
        var problems = new PageProblems(page);
        await session.VisitAsync("/en/");
        if (saved is not null) await page.EvaluateAsync("value => localStorage.setItem('caselib.coursePack', value)", saved);
        return (session, problems);
    }

    private static Task<string?> StoredAsync(IPage page) => page.EvaluateAsync<string?>("() => localStorage.getItem('caselib.coursePack')");

    private static Task<string[]> PackedIdsAsync(IPage page) =>
        page.Locator(".pack-case h2").EvaluateAllAsync<string[]>("hs => hs.map(h => h.id)");

    private static async Task WaitForPackAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => document.querySelector('.pack-status').textContent.length > 0");

    [BrowserFact]
    public async Task A_case_with_headings_named_like_theme_ids_keeps_one_element_per_id_and_leaves_the_saved_pack_alone()
    {
        var (session, problems) = await OpenWithSavedPackAsync(Saved);
        await using var _ = session;
        var page = session.Page;
        await session.VisitAsync("/en/cases/beta-case/?cases=beta-case");
        await page.Locator(".trainer-actions button.pack-toggle[data-pack='beta-case']").WaitForAsync();

        var repeated = await page.EvaluateAsync<string[]>("() => { const seen = new Map(); for (const e of document.querySelectorAll('[id]')) seen.set(e.id, (seen.get(e.id) || 0) + 1); return [...seen].filter(([, n]) => n > 1).map(([id]) => id); }");
        Assert.Empty(repeated);
        Assert.Equal("MAIN", await page.EvaluateAsync<string>("() => document.getElementById('cl-main').tagName"));
        Assert.Equal("pack", await page.EvaluateAsync<string>("() => document.querySelector('.prose h2#pack') ? 'pack' : ''"));
        Assert.Equal(Saved, await StoredAsync(page));
        Assert.Equal("false", await page.Locator(".trainer-actions button.pack-toggle[data-pack='beta-case']").GetAttributeAsync("aria-pressed"));
        Assert.Empty(problems.All);
    }

    [BrowserTheory]
    [InlineData("?cases=")]
    [InlineData("?cases=,")]
    [InlineData("?cases=no-such-case,__proto__,constructor,%3Cimg%3E")]
    public async Task An_empty_or_invalid_link_changes_nothing(string query)
    {
        var (session, problems) = await OpenWithSavedPackAsync(Saved);
        await using var _ = session;
        var page = session.Page;
        await session.VisitAsync("/en/course-pack/" + query);
        await page.Locator(".pack-case").Nth(1).WaitForAsync();
        Assert.Equal(["cl-pack-case-alpha-case", "cl-pack-case-gamma-case"], await PackedIdsAsync(page));
        Assert.True(await page.Locator(".pack-shared").IsHiddenAsync());
        Assert.Equal(Saved, await StoredAsync(page));
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task A_shared_link_shows_its_pack_without_replacing_a_different_saved_one_until_the_reader_keeps_it()
    {
        var (session, problems) = await OpenWithSavedPackAsync(Saved);
        await using var _ = session;
        var page = session.Page;
        await session.VisitAsync("/en/course-pack/?cases=beta-case");
        await WaitForPackAsync(page);
        Assert.Equal(["cl-pack-case-beta-case"], await PackedIdsAsync(page));
        Assert.True(await page.Locator(".pack-shared").IsVisibleAsync(), "no notice that the pack is a shared one");
        Assert.Contains("(2", await page.Locator(".pack-shared-text").InnerTextAsync());
        Assert.Equal(Saved, await StoredAsync(page));

        // Removing a case from the shared view changes the view, not the saved pack.
        await page.Locator(".pack-remove").First.ClickAsync();
        Assert.Empty(await PackedIdsAsync(page));
        Assert.Equal(Saved, await StoredAsync(page));

        await page.Locator("#cl-pack-saved").ClickAsync();
        await page.Locator(".pack-case").Nth(1).WaitForAsync();
        Assert.Equal(["cl-pack-case-alpha-case", "cl-pack-case-gamma-case"], await PackedIdsAsync(page));
        Assert.True(await page.Locator(".pack-shared").IsHiddenAsync());
        Assert.Equal(Saved, await StoredAsync(page));

        await session.VisitAsync("/en/course-pack/?cases=beta-case,alpha-case");
        await WaitForPackAsync(page);
        await page.Locator("#cl-pack-keep").ClickAsync();
        Assert.Equal("[\"beta-case\",\"alpha-case\"]", await StoredAsync(page));
        Assert.True(await page.Locator(".pack-shared").IsHiddenAsync());
        Assert.Equal(["cl-pack-case-beta-case", "cl-pack-case-alpha-case"], await PackedIdsAsync(page));
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task A_shared_link_equal_to_the_saved_pack_or_opened_with_none_saved_is_simply_the_pack()
    {
        var (session, problems) = await OpenWithSavedPackAsync(Saved);
        await using (session)
        {
            await session.VisitAsync("/en/course-pack/?cases=alpha-case,gamma-case");
            await session.Page.Locator(".pack-case").Nth(1).WaitForAsync();
            Assert.True(await session.Page.Locator(".pack-shared").IsHiddenAsync());
            Assert.Equal(Saved, await StoredAsync(session.Page));
            Assert.Empty(problems.All);
        }

        var (fresh, freshProblems) = await OpenWithSavedPackAsync(null);
        await using (fresh)
        {
            await fresh.VisitAsync("/en/course-pack/?cases=beta-case");
            await fresh.Page.Locator(".pack-case").First.WaitForAsync();
            Assert.True(await fresh.Page.Locator(".pack-shared").IsHiddenAsync());
            Assert.Equal("[\"beta-case\"]", await StoredAsync(fresh.Page));
            Assert.Empty(freshProblems.All);
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
