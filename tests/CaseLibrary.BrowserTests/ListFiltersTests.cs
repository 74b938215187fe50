using System.Text.RegularExpressions;
using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// The list of all cases narrows by competence, country, language and teaching notes: its "Filter" box (a
/// <c>details</c>, so it works without JavaScript) links pages that hold every match, each with the count it names.
/// Counts and cases are read off the built sample site, never pinned.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ListFiltersTests(SiteFixture fixture)
{
    [BrowserTheory]
    [InlineData("en", true)]
    [InlineData("fi", false)]
    public async Task Every_filter_link_leads_to_a_page_with_as_many_cases_as_it_says(string lang, bool javaScript)
    {
        await using var session = await fixture.OpenAsync(new() { JavaScriptEnabled = javaScript });
        await session.VisitAsync($"/{lang}/cases/");
        var filters = session.Page.Locator("main details.list-filters");
        await filters.Locator("summary").ClickAsync();
        var links = await filters.Locator(".filter-links li").EvaluateAllAsync<string[][]>(
            "items => items.map(li => [li.querySelector('a').getAttribute('href'), li.querySelector('.filter-count').textContent])");
        Assert.True(links.Length >= 4, $"only {links.Length} filter links");
        Assert.Contains(links, l => l[0] == $"/{lang}/teaching-notes/");
        foreach (var link in links)
        {
            await session.VisitAsync(link[0]);
            var expected = int.Parse(Number().Match(link[1]).Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(expected <= 50, "the sample's lists fit on one page");
            Assert.True(expected == await session.Page.Locator("ul.cards > li.card").CountAsync(), $"{link[0]}: the filter said {link[1]}");
        }

        // The first link followed by a click, as a reader would.
        await session.VisitAsync($"/{lang}/cases/");
        await filters.Locator("summary").ClickAsync();
        await filters.Locator($"a[href='/{lang}/teaching-notes/']").ClickAsync();
        await Navigation.WaitForPathAsync(session.Page, $"/{lang}/teaching-notes/");
        var cards = session.Page.Locator("ul.cards > li.card");
        Assert.True(await cards.CountAsync() > 0);
        Assert.Equal(await cards.CountAsync(), await session.Page.Locator("ul.cards > li.card .card-meta a.badge-notes").CountAsync());
    }

    [BrowserFact]
    public async Task The_notes_list_holds_every_case_the_full_list_marks_as_having_notes()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/de/cases/");
        var marked = await session.Page.Locator("ul.cards > li.card:has(a.badge-notes) .card-title a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(marked);
        await session.VisitAsync("/de/teaching-notes/");
        var listed = await session.Page.Locator("ul.cards > li.card .card-title a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        Assert.Equal(marked, listed);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
