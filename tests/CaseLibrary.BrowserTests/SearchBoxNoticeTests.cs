using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// The header's box says what a query meant as the search page says it (<see cref="SearchQueryTests"/>), in the page's
/// language and with the same labels, in one line over the options and in its live status after the count: any word
/// when no case has every word, a correction with a link to the exact word on the search page, words too common or no
/// word at all, quotes searched as words, words left out.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBoxNoticeTests(SiteFixture fixture)
{
    [BrowserTheory]
    [InlineData("en", "apprenticeships supervision", 2)]
    [InlineData("de", "Aachen Hafencafé", 2)]
    [InlineData("fi", "nuoret zzzzqqq", 1)]
    public async Task When_no_case_has_every_word_the_box_says_it_shows_cases_with_any(string lang, string query, int count)
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var problems = new PageProblems(page);
        await TypeAsync(session, lang, query);
        var fallback = await LabelAsync(page, lang, "fallback");

        Assert.Equal(count, await page.Locator("#cl-site-results [role=option]").CountAsync());
        Assert.Equal(fallback, await page.Locator(".search-panel-notice").InnerTextAsync());
        Assert.True(await page.Locator(".search-panel-notice").IsVisibleAsync());
        var many = count == 1 ? await LabelAsync(page, lang, "one") : (await LabelAsync(page, lang, "many")).Replace("{0}", count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(many + " " + fallback, await StatusAsync(page)); // the count, then the notice

        // The notice is over the options, not among them: ↓ makes the first option active as before.
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("cl-site-option-0", await page.Locator("#cl-site-q").GetAttributeAsync("aria-activedescendant"));
        Assert.Empty(problems.All);
    }

    [BrowserTheory]
    [InlineData("en", "aprenticeship", "apprenticeship")]
    [InlineData("fr", "aprentissage", "apprentissage")]
    [InlineData("de", "Beratungsnez", "Beratungsnetz")]
    public async Task A_corrected_word_is_said_with_a_link_to_search_the_exact_word_on_the_search_page(string lang, string typo, string word)
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var problems = new PageProblems(page);
        await TypeAsync(session, lang, typo);

        Assert.True(await page.Locator("#cl-site-results [role=option]").CountAsync() > 0);
        Assert.Equal(word, await page.Locator(".search-panel-notice strong").InnerTextAsync());
        Assert.Contains((await LabelAsync(page, lang, "corrected")).Replace("{0}", word), await StatusAsync(page));
        var exact = page.Locator(".search-panel-notice a.search-exact");
        Assert.Equal((await LabelAsync(page, lang, "exact")).Replace("{0}", typo), await exact.InnerTextAsync());
        Assert.Equal($"/{lang}/search/?q={typo}&exact=1", await exact.GetAttributeAsync("href"));

        // The search page searches the word as typed: no correction, no result.
        await exact.ClickAsync();
        await Navigation.WaitForPathAsync(page, $"/{lang}/search/");
        Assert.Empty(await SearchPage.ResultLinks(page, allowEmpty: true));
        Assert.Equal(typo, await page.Locator("#cl-search-q").InputValueAsync());
        Assert.Equal(0, await page.Locator(".search-notice strong").CountAsync());
        Assert.Empty(problems.All);
    }

    [BrowserTheory]
    [InlineData("en", "the and", "common_words")]
    [InlineData("de", "und der", "common_words")]
    [InlineData("fi", "ja on", "common_words")]
    [InlineData("en", "!?.,;", "no_words")]
    [InlineData("de", "zzzzqqq", "none")]
    public async Task With_no_result_the_box_says_why_as_the_search_page_does(string lang, string query, string key)
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await TypeAsync(session, lang, query);
        var label = await LabelAsync(page, lang, key);

        Assert.Equal(0, await page.Locator("#cl-site-results [role=option]").CountAsync());
        Assert.Equal(label, await StatusAsync(page));
        Assert.Equal(label, await page.Locator(".search-panel-notice").InnerTextAsync());
    }

    [BrowserFact]
    public async Task Quotes_and_left_out_words_are_said()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await TypeAsync(session, "en", "\"young people\" -apprenticeships");
        var expected = await LabelAsync(page, "en", "phrase") + " " + (await LabelAsync(page, "en", "excluded")).Replace("{0}", "apprenticeships");

        Assert.True(await page.Locator("#cl-site-results [role=option]").CountAsync() > 0);
        Assert.Equal(expected, await page.Locator(".search-panel-notice").InnerTextAsync());
        Assert.EndsWith(expected, await StatusAsync(page));

        // A query that means only its words has no notice (and the panel no empty line).
        // The status is read before the box changes: read after, it could already be the new reply's (waited for forever).
        var before = await StatusAsync(page);
        await page.Locator("#cl-site-q").FillAsync("young");
        await WaitForReplyAsync(page, previousStatus: before);
        Assert.True(await page.Locator(".search-panel-notice").IsHiddenAsync());
        Assert.DoesNotContain(expected, await StatusAsync(page));
    }

    /// <summary>Types the query into the header box of a case list in the language and waits for its reply.</summary>
    private static async Task TypeAsync(BrowserSession session, string lang, string query)
    {
        await session.VisitAsync($"/{lang}/cases/");
        var box = session.Page.Locator("#cl-site-q");
        await box.FocusAsync();
        await box.FillAsync(query);
        await WaitForReplyAsync(session.Page, previousStatus: "");
    }

    /// <summary>The reply to what the box holds has been shown: not busy, a status said, the panel open.</summary>
    private static Task WaitForReplyAsync(IPage page, string previousStatus) =>
        page.WaitForFunctionAsync("prev => { const s = document.querySelector('.search-panel-status'); return s && s.textContent !== '' && s.textContent !== prev" +
            " && !document.getElementById('cl-site-results').hasAttribute('aria-busy') && !document.getElementById('cl-site-panel').hidden; }",
            previousStatus, new() { Timeout = 15000 });

    private static async Task<string> StatusAsync(IPage page) => await page.Locator(".search-panel-status").TextContentAsync() ?? "";

    /// <summary>A label of the search in a language, as the box reads it (its box.json: the search page's strings).</summary>
    private static async Task<string> LabelAsync(IPage page, string lang, string key)
    {
        var label = await page.EvaluateAsync<string?>("([lang, key]) => fetch('/' + lang + '/search/box.json').then(r => r.json()).then(d => d.labels[key] || null)", new[] { lang, key });
        Assert.False(string.IsNullOrEmpty(label), $"box.json of {lang} has no label {key}");
        return label!;
    }
}
