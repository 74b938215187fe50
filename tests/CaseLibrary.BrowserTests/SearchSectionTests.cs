using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// Results that point into the case (issue 14), on the sample library: a result names and links the section that
/// matched, under its case, with the matching passage as excerpt; the case page it opens marks the query's words
/// (?hl=, read by search-box.js under the CSP) and shows the section; cards show country, language, competences and
/// teaching notes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchSectionTests(SiteFixture fixture)
{
    [BrowserTheory]
    [InlineData("en", "sports+club", "harbour-outreach-cork", "what-happened", "What happened", "sports")]
    [InlineData("fr", "club+sport", "harbour-outreach-cork", "ce-qui-sest-passé", "Ce qui s'est passé", "club")]
    [InlineData("de", "Glossar", "border-network-aachen", "ergebnis", "Ergebnis", "Glossar")]
    [InlineData("nl", "intervisie", "peer-supervision-ghent", "verloop", "Verloop", "intervisie")]
    public async Task A_result_links_the_section_that_matched_with_its_passage(string lang, string query, string caseId, string sectionId, string heading, string marked)
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var problems = new PageProblems(page);
        await session.VisitAsync($"/{lang}/search/?q={query}");

        Assert.Equal([$"/{lang}/cases/{caseId}/"], await SearchPage.ResultLinks(page));
        Assert.Equal(1, await page.Locator(".search-results > li").CountAsync()); // one card per case
        var section = page.Locator(".search-results > li .search-sections a.search-section").First;
        Assert.Equal(heading, await section.InnerTextAsync());
        var href = await section.GetAttributeAsync("href");
        Assert.StartsWith($"/{lang}/cases/{caseId}/?hl=", href);
        Assert.EndsWith("#" + sectionId, href);
        // The excerpt is the section's passage with the word marked, not the top of the case's text.
        var snippet = page.Locator(".search-results > li .search-sections .search-snippet").First;
        Assert.Contains(marked, await snippet.Locator("mark").AllInnerTextsAsync(), StringComparer.OrdinalIgnoreCase);
        Assert.Empty(problems.All);
    }

    [BrowserTheory]
    [InlineData("en", "sports+club", "what-happened", "sports")]
    [InlineData("fr", "club+sport", "ce-qui-sest-passé", "sport")]
    [InlineData("it", "apprendistato", "risultato", "apprendistato")]
    public async Task The_opened_case_marks_the_words_and_shows_the_section(string lang, string query, string sectionId, string word)
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var problems = new PageProblems(page);
        await session.VisitAsync($"/{lang}/search/?q={query}");
        await SearchPage.ResultLinks(page);
        var section = page.Locator($".search-results a.search-section[href$='#{sectionId}']").First;
        await section.ClickAsync();
        await page.WaitForFunctionAsync("() => document.documentElement.hasAttribute('data-highlighted')");

        Assert.Equal("#" + sectionId, new Uri(page.Url).Fragment is var f && f.Length > 1 ? "#" + Uri.UnescapeDataString(f[1..]) : f);
        var marks = await page.Locator(".prose mark.search-hit").AllInnerTextsAsync();
        Assert.Contains(marks, m => m.StartsWith(word, StringComparison.OrdinalIgnoreCase));
        // The section's heading is on the screen.
        var top = await page.EvaluateAsync<double>("id => document.getElementById(id).getBoundingClientRect().top", sectionId);
        var height = await page.EvaluateAsync<double>("() => window.innerHeight");
        Assert.InRange(top, -1, height);
        Assert.Empty(problems.All); // search-box.js runs under the CSP, without errors
    }

    [BrowserFact]
    public async Task A_case_opened_without_words_to_highlight_has_no_marks()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/en/cases/harbour-outreach-cork/?hl=");
        await session.VisitAsync("/en/cases/harbour-outreach-cork/?hl=zzzz+qq");
        Assert.Equal(0, await session.Page.Locator("mark").CountAsync());
        Assert.False(await session.Page.EvaluateAsync<bool>("() => document.documentElement.hasAttribute('data-highlighted')"));
    }

    [BrowserTheory]
    [InlineData("en", "apprenticeship", "apprenticeship-bridge-turin", "en")]
    [InlineData("fr", "apprentissage", "apprenticeship-bridge-turin", "en")] // the French version has none: the English ones
    [InlineData("nl", "intervisie", "peer-supervision-ghent", "")]
    public async Task A_card_shows_country_language_competences_and_teaching_notes(string lang, string query, string caseId, string notesLang)
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.VisitAsync($"/{lang}/search/?q={query}");
        Assert.Contains($"/{lang}/cases/{caseId}/", await SearchPage.ResultLinks(page));
        var card = page.Locator($".search-results > li:has(h2 a[href^='/{lang}/cases/{caseId}/'])");

        var meta = await card.Locator(".card-meta").InnerTextAsync();
        Assert.Contains(" · ", meta); // country · language
        var chips = card.Locator("ul.chips a");
        Assert.True(await chips.CountAsync() >= 1);
        Assert.All(await chips.EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))"), h => Assert.StartsWith($"/{lang}/competences/", h));
        var badge = card.Locator("a.badge-notes");
        Assert.Equal(notesLang == "" ? 0 : 1, await badge.CountAsync());
        if (notesLang == "") return;
        Assert.Equal($"/{notesLang}/cases/{caseId}/notes/", await badge.GetAttributeAsync("href"));
        Assert.Equal(notesLang == lang ? null : notesLang, await badge.GetAttributeAsync("hreflang"));
    }
}
