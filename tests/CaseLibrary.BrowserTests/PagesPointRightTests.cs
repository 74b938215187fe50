using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// Pages that point to the right place: language and author pages link the right versions, countries follow their
/// names, permalinks, the table of contents' current section, related cases, and the 404 page and the chooser in
/// the visitor's language. Expectations are read off the built sample site and the theme's strings, not hard-coded.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PagesPointRightTests(SiteFixture fixture)
{
    [BrowserFact]
    public async Task A_language_page_links_the_versions_in_that_language()
    {
        await using var session = await fixture.OpenAsync();
        var checkedLinks = 0;
        foreach (var lang in fixture.Site.Languages)
        {
            await session.VisitAsync($"/en/languages/{lang}/");
            var hrefs = await session.Page.Locator(".card-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            Assert.All(hrefs, href => Assert.StartsWith($"/{lang}/cases/", href, StringComparison.Ordinal));
            checkedLinks += hrefs.Length;
        }
        Assert.True(checkedLinks >= fixture.Site.Languages.Count, "the language pages list too few cases to check");
    }

    [BrowserFact]
    public async Task An_author_page_says_what_the_author_wrote_and_translated_and_links_that_version()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/en/authors/");
        var authors = await session.Page.Locator(".terms a").EvaluateAllAsync<string[]>("links => links.map(a => [a.getAttribute('href'), a.textContent.trim()].join('\\n'))");
        var roles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in authors)
        {
            var (path, name) = (entry.Split('\n')[0], entry.Split('\n')[1]);
            await session.VisitAsync(path);
            var cards = await session.Page.Locator(".card").EvaluateAllAsync<string[]>(
                "cards => cards.map(c => [c.querySelector('.card-role').className, c.querySelector('.card-title a').getAttribute('href')].join('\\n'))");
            Assert.NotEmpty(cards);
            foreach (var card in cards)
            {
                var (role, href) = (card.Split('\n')[0], card.Split('\n')[1]);
                var wrote = role.Contains("card-role-wrote", StringComparison.Ordinal);
                roles.Add(wrote ? "wrote" : "translated");
                await session.VisitAsync(href);
                // The version the card links to credits the author in the role the card says.
                var credit = wrote ? ".case-header .byline a" : ".case-header .provenance a";
                var credited = await session.Page.Locator(credit).AllTextContentsAsync();
                Assert.True(credited.Select(c => c.Trim()).Contains(name), $"{path} says '{name}' {(wrote ? "wrote" : "translated")} {href}, which does not credit them so");
            }
        }
        Assert.Equal(["translated", "wrote"], roles.Order(StringComparer.Ordinal));
    }

    [BrowserFact]
    public async Task Countries_are_in_the_order_of_their_names_in_the_page_language()
    {
        await using var session = await fixture.OpenAsync();
        var orders = new Dictionary<string, string[]>();
        foreach (var lang in new[] { "en", "fi" })
        {
            await session.VisitAsync($"/{lang}/countries/");
            var names = (await session.Page.Locator(".terms a").AllTextContentsAsync()).Select(n => n.Trim()).ToArray();
            Assert.True(names.Length >= 3, "the sample site has too few countries to check an order");
            Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names); // the sample's names are plain ASCII
            orders[lang] = await session.Page.Locator(".terms a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href').split('/').slice(-2)[0])");
        }
        // Finnish names put the countries in another order than English ones (Saksa, Germany), so the order is not by code.
        Assert.NotEqual(orders["en"], orders["fi"]);
    }

    [BrowserFact]
    public async Task The_languages_list_names_each_language_in_itself()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/en/languages/");
        var spans = await session.Page.Locator(".terms a > span[lang]").EvaluateAllAsync<string[]>("s => s.map(e => e.lang + '=' + e.textContent.trim())");
        Assert.Contains("fi=Suomi", spans);
        Assert.Contains("de=Deutsch", spans);
        Assert.DoesNotContain(spans, s => s.EndsWith("=English English", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task Case_headings_have_visible_permalinks_named_after_the_section()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync(fixture.Site.FirstCase("en"));
        var headings = session.Page.Locator(".prose .heading > h2");
        var count = await headings.CountAsync();
        Assert.True(count >= 2, "the sample case has too few sections");
        var label = (await session.Page.Locator("#cl-permalink-label").TextContentAsync())!.Trim();
        for (var i = 0; i < count; i++)
        {
            var heading = headings.Nth(i);
            var id = await heading.GetAttributeAsync("id");
            var text = (await heading.TextContentAsync())!.Trim();
            var link = session.Page.GetByRole(AriaRole.Link, new() { Name = $"{label} {text}", Exact = true });
            Assert.Equal(1, await link.CountAsync());
            Assert.Equal($"#{id}", await link.GetAttributeAsync("href"));
            Assert.True(await link.IsVisibleAsync(), $"the permalink of '{text}' is not visible");
            Assert.Equal(1, await session.Page.GetByRole(AriaRole.Heading, new() { Name = text, Exact = true }).CountAsync());
        }
    }

    [BrowserFact]
    public async Task The_table_of_contents_marks_the_section_being_read()
    {
        await using var session = await fixture.OpenAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        await session.VisitAsync(fixture.Site.FirstCase("en"));
        var entries = session.Page.Locator("#cl-toc a");
        Assert.True(await entries.CountAsync() >= 2);
        foreach (var index in new[] { 1, 0 })
        {
            var href = (await entries.Nth(index).GetAttributeAsync("href"))!;
            await session.Page.EvaluateAsync("id => document.getElementById(id).scrollIntoView({ block: 'start' })", href[1..]);
            var current = session.Page.Locator($"#cl-toc a[aria-current=location][href='{href}']");
            await current.WaitForAsync();
            Assert.Equal(1, await session.Page.Locator("#cl-toc a[aria-current]").CountAsync());
        }
    }

    [BrowserFact]
    public async Task A_case_ends_with_related_cases_that_share_a_competence()
    {
        await using var session = await fixture.OpenAsync();
        var path = fixture.Site.FirstCase("en");
        await session.VisitAsync(path);
        var mine = await Competences(session);
        var related = await session.Page.Locator(".related a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(related);
        Assert.DoesNotContain(path, related);
        foreach (var href in related)
        {
            await session.VisitAsync(href);
            var theirs = await Competences(session);
            Assert.True(theirs.Overlaps(mine), $"{href} shares no competence with {path}");
        }

        static async Task<HashSet<string>> Competences(BrowserSession s) =>
            (await s.Page.Locator(".case-meta .chips a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href').split('/').slice(-2)[0])")).ToHashSet();
    }

    [BrowserFact]
    public async Task The_404_page_speaks_the_language_of_the_missing_address_and_searches_for_its_words()
    {
        await using var session = await fixture.OpenAsync();
        var french = Strings("fr");
        await session.Page.GotoAsync("/fr/cases/faute-de-frappe/");
        Assert.Equal(french["title"], (await session.Page.Locator("main h1:visible").TextContentAsync())!.Trim());
        Assert.Equal("fr", await session.Page.EvaluateAsync<string>("() => document.documentElement.lang"));
        var block = session.Page.Locator(".not-found-lang:visible");
        Assert.Equal(1, await block.CountAsync());
        Assert.Equal("/fr/", await block.GetByRole(AriaRole.Link, new() { Name = french["back"] }).GetAttributeAsync("href"));
        Assert.Equal("faute de frappe", await block.Locator("input[name=q]").InputValueAsync());
        await block.Locator("button[type=submit]").ClickAsync();
        await Navigation.WaitForPathAsync(session.Page, "/fr/search/?q=faute+de+frappe");
    }

    [BrowserFact]
    public async Task The_404_page_and_the_chooser_follow_the_browser_languages()
    {
        await using var session = await fixture.OpenAsync(new() { Locale = "fi-FI" });
        await session.Page.GotoAsync("/no-such-page/");
        Assert.Equal(Strings("fi")["title"], (await session.Page.Locator("main h1:visible").TextContentAsync())!.Trim());

        await session.VisitAsync("/");
        Assert.Equal("fi", await session.Page.Locator(".choices li").First.GetAttributeAsync("lang"));
        Assert.True(await session.Page.Locator(".choices li.suggested .choice-continue").IsVisibleAsync());
        Assert.Equal("Valitse kieli", (await session.Page.Locator(".chooser h2").TextContentAsync())!.Trim());
    }

    /// <summary>The not_found strings of a language, read from the theme (the UI's text, not the library's content).</summary>
    private static Dictionary<string, string> Strings(string lang)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Theme, "i18n", lang + ".yaml"));
        var start = Array.IndexOf(lines, "not_found:");
        return lines.Skip(start + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Select(l => l.Trim().Split(':', 2)).ToDictionary(p => p[0], p => p[1].Trim().Trim('"'));
    }
}
