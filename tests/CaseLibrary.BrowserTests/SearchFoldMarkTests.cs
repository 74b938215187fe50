using System.Text.RegularExpressions;
using CaseLibrary.BrowserTests.Support;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// The marks of a search cover exactly the words, also where folding changes a text's length (ß → ss, œ → oe, a
/// combining accent dropped): on the result card (search.js) and on the case page it opens (search-box.js, which
/// reads the worker's folded ?hl= words). Until 2026-12 the card sliced the text at positions of its folded form
/// ("Arbeit" marked "rbeitszeit.", "oeuvre" marked "œuvre "), and the case page folded one character for one and kept
/// ß, so "ausschließlich" was not marked. Words from the sample fixture (aachen's "Verlauf", Cork's French "Résultat").
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SearchFoldMarkTests(SiteFixture fixture)
{
    [GeneratedRegex(@"^[\p{L}\p{M}\p{N}]+$")]
    private static partial Regex WholeWord();

    [BrowserTheory]
    [InlineData("de", "Arbeitszeit", "border-network-aachen", "Arbeitszeit")]
    [InlineData("de", "Arbeit", "border-network-aachen", "Arbeitszeit")]
    [InlineData("de", "ausschließlich", "border-network-aachen", "ausschließlich")]
    [InlineData("de", "ausschliesslich", "border-network-aachen", "ausschließlich")]
    [InlineData("fr", "oeuvre", "harbour-outreach-cork", "œuvre")]
    [InlineData("fr", "œuvre", "harbour-outreach-cork", "œuvre")]
    public async Task A_result_card_marks_exactly_the_word(string lang, string query, string caseId, string word)
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var problems = new PageProblems(page);
        await session.VisitAsync($"/{lang}/search/?q={Uri.EscapeDataString(query)}");

        Assert.Contains($"/{lang}/cases/{caseId}/", await SearchPage.ResultLinks(page));
        var card = page.Locator($".search-results > li:has(h2 a[href^='/{lang}/cases/{caseId}/'])");
        var snippetMarks = await card.Locator(".search-snippet mark").AllInnerTextsAsync();
        Assert.Contains(word, snippetMarks);
        Assert.All(await card.Locator("mark").AllInnerTextsAsync(), m => Assert.Matches(WholeWord(), m));
        // The passage is the text's own: it holds the word as the case writes it.
        Assert.Contains(await card.Locator(".search-snippet").AllInnerTextsAsync(), s => s.Contains(word, StringComparison.Ordinal));
        Assert.Empty(problems.All);
    }

    [BrowserTheory]
    [InlineData("de", "ausschließlich", "verlauf", "ausschließlich")]
    [InlineData("de", "Arbeit", "verlauf", "Arbeitszeit")]
    [InlineData("fr", "oeuvre", "résultat", "œuvre")]
    public async Task The_case_a_result_opens_marks_exactly_the_word(string lang, string query, string sectionId, string word)
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var problems = new PageProblems(page);
        await session.VisitAsync($"/{lang}/search/?q={Uri.EscapeDataString(query)}");
        await SearchPage.ResultLinks(page);
        await page.Locator($".search-results a.search-section[href$='#{sectionId}']").First.ClickAsync();
        await page.WaitForFunctionAsync("() => document.documentElement.hasAttribute('data-highlighted')");

        var marks = await page.Locator(".prose mark.search-hit").AllInnerTextsAsync();
        Assert.Contains(word, marks);
        Assert.All(marks, m => Assert.Matches(WholeWord(), m));
        Assert.Empty(problems.All); // the folding script is loaded under the CSP, without errors
    }

    [BrowserTheory]
    [InlineData("/de/cases/border-network-aachen/?hl=ausschliesslich+ausschliess&hlp=ausschliess", "ausschließlich")]
    [InlineData("/de/cases/border-network-aachen/?hl=ausserhalb", "außerhalb")]
    [InlineData("/de/cases/border-network-aachen/?hl=au%C3%9Ferhalb", "außerhalb")]
    [InlineData("/fr/cases/harbour-outreach-cork/?hl=oeuvre+oeuvr", "œuvre")]
    public async Task A_case_page_marks_words_the_worker_folded(string path, string word)
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var problems = new PageProblems(page);
        await session.VisitAsync(path);
        await page.WaitForFunctionAsync("() => document.documentElement.hasAttribute('data-highlighted')");

        Assert.Equal([word], await page.Locator(".prose mark.search-hit").AllInnerTextsAsync());
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task A_case_page_without_words_to_mark_does_not_load_the_folding()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/de/cases/border-network-aachen/");
        Assert.True(await session.Page.EvaluateAsync<bool>("() => window.caselibSearch === undefined"));
    }

    [BrowserFact]
    public async Task Folding_for_marking_maps_each_folded_character_back_to_the_text()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/de/search/");
        // NFD "é" (e + U+0301), ß, œ, æ, "İ" (which lowers to two code units).
        var result = await session.Page.EvaluateAsync<string[]>("""
            () => {
              const text = 'Cafe\u0301 Straße, œuvre Æble İstanbul.'
              const m = window.caselibSearch.foldForMarking(text)
              const word = w => { const at = m.text.indexOf(w); const r = m.range(at, at + w.length); return text.slice(r[0], r[1]) }
              const inside = (() => { const at = m.text.indexOf('strasse'); const r = m.range(at, at + 5); return text.slice(r[0], r[1]) })()
              return [m.text, word('cafe'), word('strasse'), word('oeuvre'), word('aeble'), word('istanbul'), inside]
            }
            """);
        Assert.Equal(["cafe strasse, oeuvre aeble istanbul.", "Cafe\u0301", "Straße", "œuvre", "Æble", "İstanbul", "Straß"], result);
    }
}
