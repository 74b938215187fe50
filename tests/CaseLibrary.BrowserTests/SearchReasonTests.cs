using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// Results that say why they matched (issue 14), on the sample library: a case that matched a word only through its
/// keywords, competences, country or authors (lunr's match data of its first section) says so on its card, in the
/// page's language ("Keyword: intervision", "Compétence : Pratique réflexive"), the value marked and linked to its
/// page; a word the card's passages show needs no such line. The header's box names the field when it opens no
/// section. Words from the sample fixture: Ghent's English keyword "intervision" and its competence "Reflective
/// practice" are in no case's text, nor "Belgium" and "Claes" in an English one.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchReasonTests(SiteFixture fixture)
{
    private static ILocator Card(IPage page, string lang, string caseId) =>
        page.Locator($".search-results > li:has(h2 a[href^='/{lang}/cases/{caseId}/'])");

    [BrowserTheory]
    [InlineData("en", "intervision", "peer-supervision-ghent", "Keyword: intervision", "intervision", "")]
    [InlineData("en", "reflective", "peer-supervision-ghent", "Competence: Reflective practice", "Reflective", "/en/competences/reflective-practice/")]
    [InlineData("en", "Belgium", "peer-supervision-ghent", "Country: Belgium", "Belgium", "/en/countries/be/")]
    [InlineData("en", "claes", "peer-supervision-ghent", "Author: Pieter Claes", "Claes", "/en/authors/pieter-claes/")]
    [InlineData("fr", "réflexive", "peer-supervision-ghent", "Compétence : Pratique réflexive", "réflexive", "/fr/competences/reflective-practice/")]
    [InlineData("de", "reflexive", "border-network-aachen", "Kompetenz: Reflexive Praxis", "Reflexive", "/de/competences/reflective-practice/")]
    public async Task A_case_that_matched_only_through_its_data_says_which_value_matched(string lang, string query, string caseId, string reason, string marked, string link)
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var problems = new PageProblems(page);
        await session.VisitAsync($"/{lang}/search/?q={Uri.EscapeDataString(query)}");

        Assert.Equal([$"/{lang}/cases/{caseId}/"], await SearchPage.ResultLinks(page));
        var card = Card(page, lang, caseId);
        var why = card.Locator(".search-why");
        Assert.Equal(1, await why.CountAsync());
        Assert.Equal(reason, (await why.InnerTextAsync()).Trim()); // the field is named in words, not only by colour
        Assert.Equal([marked], await why.Locator("mark").AllInnerTextsAsync());
        if (link == "") Assert.Equal(0, await why.Locator("a").CountAsync());
        else Assert.Equal([link], await why.Locator("a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))"));
        // No passage of the text: the word is in none.
        Assert.Equal(0, await card.Locator(".search-sections").CountAsync());
        Assert.Empty(problems.All); // built under the CSP, without errors
    }

    [BrowserTheory]
    [InlineData("en", "sports club", "harbour-outreach-cork", "sports")]
    [InlineData("fr", "club sport", "harbour-outreach-cork", "club")]
    [InlineData("de", "Glossar", "border-network-aachen", "Glossar")]
    public async Task A_case_that_matched_in_its_text_shows_the_passage_and_no_reason(string lang, string query, string caseId, string marked)
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.VisitAsync($"/{lang}/search/?q={Uri.EscapeDataString(query)}");

        Assert.Contains($"/{lang}/cases/{caseId}/", await SearchPage.ResultLinks(page));
        var card = Card(page, lang, caseId);
        Assert.Contains(marked, await card.Locator(".search-sections .search-snippet mark").AllInnerTextsAsync(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(0, await card.Locator(".search-why").CountAsync());
    }

    [BrowserFact]
    public async Task A_keyword_the_title_shows_needs_no_reason()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.VisitAsync("/en/search/?q=outreach"); // Cork's English keyword, and a word of its title

        Assert.Contains("/en/cases/harbour-outreach-cork/", await SearchPage.ResultLinks(page));
        var card = Card(page, "en", "harbour-outreach-cork");
        Assert.Contains("outreach", await card.Locator("h2 mark").AllInnerTextsAsync());
        Assert.Equal(0, await card.Locator(".search-why").CountAsync());
    }

    [BrowserFact]
    public async Task A_word_only_in_the_data_is_named_beside_the_passage_of_a_word_in_the_text()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.VisitAsync("/en/search/?q=colleagues+Belgium");

        Assert.Equal(["/en/cases/peer-supervision-ghent/"], await SearchPage.ResultLinks(page));
        var card = Card(page, "en", "peer-supervision-ghent");
        Assert.Contains("colleagues", await card.Locator(".search-sections .search-snippet mark").AllInnerTextsAsync());
        Assert.Equal("Country: Belgium", (await card.Locator(".search-why").InnerTextAsync()).Trim());
    }

    [BrowserTheory]
    [InlineData("en", "/en/cases/", "intervision", "Keyword: intervision · Belgium")]
    [InlineData("fr", "/fr/", "réflexive", "Compétence : Pratique réflexive · Belgique")]
    [InlineData("en", "/en/cases/", "Belgium", "Country: Belgium")]
    public async Task The_header_box_names_the_field_that_matched_when_it_opens_no_section(string lang, string path, string query, string meta)
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var problems = new PageProblems(page);
        await session.VisitAsync(path);
        var box = page.Locator("#cl-site-q");
        await box.FocusAsync();
        await box.FillAsync(query);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#cl-site-results [role=option]').length >= 1 && !document.getElementById('cl-site-panel').hidden" +
            " && !document.getElementById('cl-site-results').hasAttribute('aria-busy')", null, new() { Timeout = 15000 });

        var options = page.Locator("#cl-site-results [role=option]");
        Assert.Equal(1, await options.CountAsync());
        Assert.Equal(meta, await options.First.Locator(".search-option-meta").InnerTextAsync());
        Assert.Equal(lang, await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Empty(problems.All);
    }
}
