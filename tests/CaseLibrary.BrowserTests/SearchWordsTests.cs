using CaseLibrary.BrowserTests.Support;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// Words the search missed (a reader's review): a word that the text writes after an elided article (l'orientatrice,
/// d'orientation), typed plain or with either apostrophe, and the words of the learning objectives and discussion
/// questions, which are results that open at their heading.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchWordsTests(SiteFixture fixture)
{
    public static TheoryData<string, string, string, string> Elided() => new()
    {
        { "it", "orientatrice", "apprenticeship-bridge-turin", "orientatrice" },  // only as "L'orientatrice"
        { "it", "l’orientatrice", "apprenticeship-bridge-turin", "orientatrice" }, // a phone's apostrophe
        { "fr", "orientation", "apprenticeship-bridge-turin", "orientation" },   // only as "d'orientation"
        { "fr", "élèves", "apprenticeship-bridge-turin", "élèves" },             // only as "d'élèves"
    };

    [BrowserTheory]
    [MemberData(nameof(Elided))]
    public async Task A_word_written_after_an_apostrophe_is_found_and_marked(string lang, string query, string caseId, string marked)
    {
        await using var session = await fixture.OpenAsync();
        var problems = new PageProblems(session.Page);
        await session.VisitAsync($"/{lang}/search/?q={Uri.EscapeDataString(query)}");

        var links = await SearchPage.ResultLinks(session.Page);

        Assert.Contains($"/{lang}/cases/{caseId}/", links);
        var card = session.Page.Locator($".search-results > li:has(h2 a[href^='/{lang}/cases/{caseId}/'])");
        var marks = await card.Locator("mark").AllInnerTextsAsync();
        Assert.Contains(marks, m => string.Equals(m, marked, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("'", string.Concat(marks));
        Assert.Empty(problems.All);
    }

    public static TheoryData<string, string, string, string> FromObjectivesOrQuestions() => new()
    {
        { "de", "Sprachgrenzen", "border-network-aachen", "cl-objectives" },
        { "en", "mistakes", "peer-supervision-ghent", "cl-questions" },
        { "it", "coinvolgere", "apprenticeship-bridge-turin", "cl-questions" },
    };

    [BrowserTheory]
    [MemberData(nameof(FromObjectivesOrQuestions))]
    public async Task A_word_of_the_objectives_or_questions_finds_the_case_and_its_link_opens_that_part(string lang, string query, string caseId, string headingId)
    {
        await using var session = await fixture.OpenAsync();
        var problems = new PageProblems(session.Page);
        await session.VisitAsync($"/{lang}/search/?q={Uri.EscapeDataString(query)}");

        var links = await SearchPage.ResultLinks(session.Page);

        Assert.Equal($"/{lang}/cases/{caseId}/", Assert.Single(links));
        var hrefs = await session.Page.Locator(".search-results > li a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains(hrefs, h => h.EndsWith("#" + headingId, StringComparison.Ordinal));
        Assert.Equal("", await session.Page.Locator(".search-notice").InnerTextAsync()); // no "showing results for …"
        Assert.Empty(problems.All);
    }

    /// <summary>
    /// A German compound that no case writes is searched as the two words it is made of ("Schulabbruch" found nothing
    /// although a case writes "Abbruch" and "Schule"; a reader's review), and the page says so, with a link to the exact word.
    /// </summary>
    [BrowserFact]
    public async Task A_compound_no_case_writes_is_searched_as_its_two_words_and_the_page_says_so()
    {
        await using var session = await fixture.OpenAsync();
        var problems = new PageProblems(session.Page);
        await session.VisitAsync("/de/search/?q=Grenznetzwerk");

        var links = await SearchPage.ResultLinks(session.Page);

        Assert.Contains("/de/cases/border-network-aachen/", links);
        var notice = session.Page.Locator(".search-notice");
        Assert.Contains("grenz netzwerk", await notice.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await notice.Locator("a.search-exact").CountAsync());
        var marks = await session.Page.Locator(".search-results > li:has(h2 a[href^='/de/cases/border-network-aachen/']) mark").AllInnerTextsAsync();
        Assert.Contains(marks, m => m.StartsWith("Netzwerk", StringComparison.OrdinalIgnoreCase) || m.StartsWith("Grenz", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(problems.All);

        await session.VisitAsync("/de/search/?q=Grenznetzwerk&exact=1");
        Assert.Empty(await SearchPage.ResultLinks(session.Page, allowEmpty: true));
    }

    /// <summary>
    /// Searching all languages shows one version of a case: the page's language, else the library's first language, which
    /// the site falls back to everywhere (a Dutch page showed the French version of a case that has an English one).
    /// </summary>
    [BrowserTheory]
    [InlineData("nl", "/en/cases/apprenticeship-bridge-turin/")]
    [InlineData("fr", "/fr/cases/apprenticeship-bridge-turin/")]
    public async Task All_languages_show_the_pages_language_else_the_librarys_first(string lang, string expected)
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync($"/{lang}/search/?q=Turin&all=1");

        var links = await SearchPage.ResultLinks(session.Page);

        Assert.Contains(expected, links);
        Assert.DoesNotContain(links, l => l.EndsWith("/cases/apprenticeship-bridge-turin/", StringComparison.Ordinal) && l != expected);
    }
}
