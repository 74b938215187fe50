using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// What a query means on the search page (theme/assets/js/search-query.js), on the sample library: every word required,
/// the any-word fallback and its notice, typo correction with a link to the exact words, German and Dutch compound parts,
/// and quoted phrases that are said to be searched as words.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchQueryTests(SiteFixture fixture)
{
    [BrowserFact]
    public async Task Every_word_is_required()
    {
        await using var session = await fixture.OpenAsync();
        var problems = new PageProblems(session.Page);
        await session.VisitAsync("/en/search/?q=young");
        var young = await SearchPage.ResultLinks(session.Page);
        Assert.True(young.Count >= 3, $"'young' alone should match several sample cases: {string.Join(", ", young)}");

        await session.VisitAsync("/en/search/?q=young+apprenticeships");
        Assert.Equal(["/en/cases/apprenticeship-bridge-turin/"], await SearchPage.ResultLinks(session.Page));
        Assert.True(await session.Page.Locator(".search-notice").IsHiddenAsync());
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task When_no_case_has_every_word_the_page_shows_cases_with_any_and_says_so()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/en/search/?q=apprenticeships+supervision");
        var links = await SearchPage.ResultLinks(session.Page);

        Assert.Equal(["/en/cases/apprenticeship-bridge-turin/", "/en/cases/peer-supervision-ghent/"], links.Order(StringComparer.Ordinal));
        Assert.Contains("any of them", await session.Page.Locator(".search-notice").InnerTextAsync());
    }

    [BrowserTheory]
    [InlineData("en", "aprenticeship", "apprenticeship", "apprenticeship-bridge-turin")]
    [InlineData("fr", "aprentissage", "apprentissage", "apprenticeship-bridge-turin")]
    public async Task A_misspelt_word_is_corrected_from_the_vocabulary_with_a_link_to_the_exact_word(string lang, string typo, string word, string caseId)
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var problems = new PageProblems(page);
        await session.VisitAsync($"/{lang}/search/?q={typo}");

        Assert.Contains($"/{lang}/cases/{caseId}/", await SearchPage.ResultLinks(page));
        Assert.Equal(word, await page.Locator(".search-notice strong").InnerTextAsync());
        var exact = page.Locator(".search-notice a.search-exact");
        Assert.Contains(typo, await exact.InnerTextAsync());

        await exact.ClickAsync();
        await page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('exact') === '1'");
        Assert.Empty(await SearchPage.ResultLinks(page, allowEmpty: true, expectChangeFrom: 1));
        Assert.False(await page.Locator(".search-help").IsHiddenAsync());
        Assert.Empty(problems.All);
    }

    [BrowserTheory]
    [InlineData("de", "Hochschule", "harbour-outreach-cork")]      // in "Volkshochschule"
    [InlineData("de", "Region", "border-network-aachen")]          // in "Grenzregion"
    [InlineData("nl", "onderwijs", "harbour-outreach-cork")]       // in "volwassenenonderwijs"
    [InlineData("nl", "begeleiders", "peer-supervision-ghent")]    // in "loopbaanbegeleiders"
    public async Task A_compound_part_finds_the_compound(string lang, string query, string caseId)
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync($"/{lang}/search/?q={query}");

        Assert.Equal([$"/{lang}/cases/{caseId}/"], await SearchPage.ResultLinks(session.Page));
        var marked = await session.Page.Locator(".search-results mark").AllInnerTextsAsync();
        Assert.Contains(marked, m => m.Contains(query, StringComparison.OrdinalIgnoreCase) && m.Length > query.Length);
    }

    [BrowserFact]
    public async Task A_short_word_finds_the_compound_it_ends_and_marks_it()
    {
        // "werk" (4 letters) is the last part of "jeugdwerker" (harbour-outreach-cork's summary), with the -er the Dutch
        // stemmer keeps; peer-supervision-ghent has "werkte", a word that starts with it.
        await using var session = await fixture.OpenAsync();
        var problems = new PageProblems(session.Page);
        await session.VisitAsync("/nl/search/?q=werk");

        Assert.Equal(["/nl/cases/harbour-outreach-cork/", "/nl/cases/peer-supervision-ghent/"], (await SearchPage.ResultLinks(session.Page)).Order());
        var marked = await session.Page.Locator(".search-results mark").AllInnerTextsAsync();
        Assert.Contains(marked, m => m.Equals("jeugdwerker", StringComparison.OrdinalIgnoreCase));
        // The case page marks it too: the compound's index term goes with the link (?hl=).
        var href = await session.Page.Locator(".search-results > li h2 a[href*='harbour-outreach-cork']").GetAttributeAsync("href");
        Assert.Contains("jeugdwerker", Uri.UnescapeDataString(href!));
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task A_short_word_does_not_match_inside_compounds()
    {
        // "Café" is the end of "Hafencafé" (harbour-outreach-cork), but its stem "caf" is too short (3 letters) to be
        // looked for even as a compound's last part.
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/de/search/?q=Cafe&exact=1");
        Assert.Empty(await SearchPage.ResultLinks(session.Page, allowEmpty: true));
    }

    [BrowserFact]
    public async Task Quotes_do_not_change_the_results_and_the_page_says_phrases_are_searched_as_words()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/en/search/?q=young+people");
        var plain = await SearchPage.ResultLinks(session.Page);
        await session.VisitAsync("/en/search/?q=%22young+people%22");
        var quoted = await SearchPage.ResultLinks(session.Page);

        Assert.Equal(plain, quoted);
        Assert.Contains("separate words", await session.Page.Locator(".search-notice").InnerTextAsync());
        // The quoted words are marked in the results and carried to the case page like unquoted ones.
        Assert.True(await session.Page.Locator(".search-results mark").CountAsync() > 0, "no word marked in the results of a quoted query");
        var href = await session.Page.Locator(".search-results > li h2 a").First.GetAttributeAsync("href");
        Assert.DoesNotContain("%22", href);
        Assert.Contains("hl=young", href);
    }

    [BrowserTheory]
    [InlineData("en", "*")]
    [InlineData("en", "!?.,;")]
    [InlineData("de", "\u2728")]
    [InlineData("fr", "--")]
    public async Task A_query_with_no_word_finds_nothing_and_says_what_to_type(string lang, string query)
    {
        await using var session = await fixture.OpenAsync();
        var problems = new PageProblems(session.Page);
        await session.VisitAsync($"/{lang}/search/?q={Uri.EscapeDataString(query)}");

        Assert.Empty(await SearchPage.ResultLinks(session.Page, allowEmpty: true));
        var status = await session.Page.Locator(".search-status").InnerTextAsync();
        Assert.Equal(await LabelAsync(session.Page, "no_words"), status);
        Assert.True(await session.Page.Locator(".search-help").IsHiddenAsync(), "spelling help for a query with no word");
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task A_query_of_common_words_alone_says_they_are_too_common()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/en/search/?q=the+and+of");

        Assert.Empty(await SearchPage.ResultLinks(session.Page, allowEmpty: true));
        Assert.Equal(await LabelAsync(session.Page, "common_words"), await session.Page.Locator(".search-status").InnerTextAsync());
    }

    [BrowserTheory]
    [InlineData("en", "young", "apprenticeships")]
    [InlineData("it", "giovani", "apprendistato")]
    public async Task A_word_with_a_minus_in_front_leaves_out_its_cases_and_the_page_says_so(string lang, string word, string left)
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync($"/{lang}/search/?q={word}");
        var all = await SearchPage.ResultLinks(session.Page);
        await session.VisitAsync($"/{lang}/search/?q={left}");
        var leftOut = await SearchPage.ResultLinks(session.Page);
        Assert.NotEmpty(all.Intersect(leftOut));

        await session.VisitAsync($"/{lang}/search/?q={word}+-{left}");
        var links = await SearchPage.ResultLinks(session.Page, allowEmpty: true);

        Assert.Equal(all.Except(leftOut), links);
        Assert.Contains(left, await session.Page.Locator(".search-notice").InnerTextAsync());
    }

    /// <summary>
    /// Searching all languages, a result is marked with the stems of its own language only: Dutch makes "per" of
    /// "peer" (and would mark "persone" in an Italian text); Italian and English keep "peer".
    /// </summary>
    [BrowserFact]
    public async Task In_all_languages_a_result_is_marked_with_its_own_language_s_stems()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/en/search/?q=peer&all=1&lang=it");
        Assert.Equal(["/it/cases/apprenticeship-bridge-turin/"], await SearchPage.ResultLinks(session.Page));

        var marks = await session.Page.Locator(".search-results mark").AllInnerTextsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.StartsWith("peer", m, StringComparison.OrdinalIgnoreCase));
        var href = await session.Page.Locator(".search-results > li h2 a").First.GetAttributeAsync("href");
        Assert.DoesNotContain("+per", href);
    }

    /// <summary>
    /// Searching all languages, a word that one language has as written is not corrected into another language's word,
    /// also when another word of the query matches nothing (the query then falls back to any word): "intervision" is
    /// English and French, and must not become the Dutch "intervisie".
    /// </summary>
    [BrowserFact]
    public async Task In_all_languages_a_word_found_as_written_stays_when_another_word_matches_nothing()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/en/search/?q=intervision+zzzzqqq&all=1");

        var links = await SearchPage.ResultLinks(session.Page);
        Assert.Contains("/en/cases/peer-supervision-ghent/", links);
        Assert.DoesNotContain(links, l => l.StartsWith("/nl/", StringComparison.Ordinal));
        var notice = await session.Page.Locator(".search-notice").InnerTextAsync();
        Assert.DoesNotContain("intervisie", notice, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("any of them", notice);
    }

    /// <summary>
    /// Searching all languages from a Dutch page, a typo of an English word is shown corrected as the results write it.
    /// (The reviewer's case, where Dutch corrected it to a stem that none of the shown results wrote and the notice
    /// showed the bare stem, needs the real library's texts; this sample does not reproduce it, so this test guards the
    /// behaviour, not that fix.)
    /// </summary>
    [BrowserFact]
    public async Task In_all_languages_a_correction_is_shown_as_a_word_of_the_results()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/nl/search/?q=supervison&all=1");

        Assert.Contains("/en/cases/peer-supervision-ghent/", await SearchPage.ResultLinks(session.Page));
        var notice = await session.Page.Locator(".search-notice").InnerTextAsync();
        Assert.Contains("supervision", notice);
        Assert.DoesNotMatch(@"\bsupervis\b", notice);
    }

    /// <summary>A label of the search page in its language (the page carries them for its script).</summary>
    private static async Task<string> LabelAsync(IPage page, string key) =>
        await page.Locator("#cl-search").EvaluateAsync<string>("(root, key) => JSON.parse(root.getAttribute('data-labels'))[key]", key);
}
