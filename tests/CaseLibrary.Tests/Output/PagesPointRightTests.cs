using AngleSharp.Html.Parser;

namespace CaseLibrary.Tests.Output;

/// <summary>
/// Output level, on the sample library: language and author pages link the right versions, countries and languages
/// are named and ordered for the page's reader, case pages end with related cases and carry permalinks, the 404 page
/// holds every language, and no page uses emoji flags.
/// </summary>
public sealed class PagesPointRightTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private static readonly HtmlParser Parser = new();

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) => Parser.ParseDocument(site.Read(path));

    [Fact]
    public void A_language_page_links_the_versions_in_its_language()
    {
        var links = Page("it/languages/fi/index.html").QuerySelectorAll(".card-title a").Select(a => (a.GetAttribute("href"), a.GetAttribute("lang"))).ToList();
        Assert.Equal([("/fi/cases/harbour-outreach-cork/", "fi")], links);
        var french = Page("en/languages/fr/index.html").QuerySelectorAll(".card-title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(3, french.Count);
        Assert.All(french, href => Assert.StartsWith("/fr/cases/", href, StringComparison.Ordinal));
    }

    [Fact]
    public void An_author_page_separates_what_the_author_wrote_from_what_they_translated()
    {
        var document = Page("en/authors/nora-walsh/index.html");
        var cards = document.QuerySelectorAll(".card").Select(c => (
            c.QuerySelector(".card-role")!.ClassName!.Split(' ').Last(),
            c.QuerySelector(".card-role")!.TextContent,
            c.QuerySelector(".card-title a")!.GetAttribute("href"))).ToList();
        Assert.Equal(
        [
            ("card-role-wrote", "Wrote this case", "/en/cases/harbour-outreach-cork/"),
            ("card-role-translated", "Translated it into English", "/en/cases/apprenticeship-bridge-turin/"),
        ], cards);
        Assert.Contains("1 case written · 1 translation", document.QuerySelector("#cl-term-cases")!.TextContent);

        // Lena Vogel wrote the German Aachen case and translated Cork into German: an Italian page links those German texts.
        var lena = Page("it/authors/lena-vogel/index.html").QuerySelectorAll(".card-title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/de/cases/harbour-outreach-cork/", "/de/cases/border-network-aachen/"], lena);
        var list = Page("fr/authors/index.html").QuerySelector(".terms")!.TextContent;
        Assert.Contains("1 cas écrit · 1 traduction", list);
    }

    [Fact]
    public void Countries_are_ordered_by_their_name_in_the_page_language()
    {
        string[] Names(string lang) => Page($"{lang}/countries/index.html").QuerySelectorAll(".terms a").Select(a => a.TextContent.Trim()).ToArray();
        Assert.Equal(["Belgium", "Germany", "Ireland", "Italy"], Names("en"));
        Assert.Equal(["Belgia", "Irlanti", "Italia", "Saksa"], Names("fi"));
        Assert.Equal(["Belgien", "Deutschland", "Irland", "Italien"], Names("de"));
    }

    [Fact]
    public void The_languages_list_shows_each_language_in_itself_and_the_local_name_only_when_it_differs()
    {
        var entries = Page("en/languages/index.html").QuerySelectorAll(".terms li > a")
            .Select(a => (a.QuerySelector("span[lang]")!.GetAttribute("lang"), a.QuerySelector("span[lang]")!.TextContent, a.QuerySelector(".term-extra")?.TextContent)).ToList();
        Assert.Contains(("en", "English", null), entries);
        Assert.Contains(("fi", "Suomi", "· Finnish"), entries);
        Assert.Contains(("de", "Deutsch", "· German"), entries);
        Assert.Contains(("it", "Italiano", null), Page("it/languages/index.html").QuerySelectorAll(".terms li > a")
            .Select(a => (a.QuerySelector("span[lang]")!.GetAttribute("lang"), a.QuerySelector("span[lang]")!.TextContent, a.QuerySelector(".term-extra")?.TextContent)));
    }

    [Fact]
    public void A_case_page_ends_with_related_cases_newest_first_among_equally_related()
    {
        var related = Page("en/cases/harbour-outreach-cork/index.html").QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/en/cases/apprenticeship-bridge-turin/", "/de/cases/border-network-aachen/", "/en/cases/peer-supervision-ghent/"], related);
        // Ghent shares a competence with Cork and Aachen, none with Turin.
        var ghent = Page("en/cases/peer-supervision-ghent/index.html").QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/en/cases/harbour-outreach-cork/", "/de/cases/border-network-aachen/"], ghent);
    }

    [Fact]
    public void Section_headings_get_a_permalink_named_by_the_theme_label_and_the_heading()
    {
        var document = Page("fr/cases/harbour-outreach-cork/index.html");
        var label = document.GetElementById("cl-permalink-label");
        Assert.NotNull(label);
        Assert.Equal("Lien vers cette section :", label.TextContent);
        var wrappers = document.QuerySelectorAll(".prose .heading");
        Assert.NotEmpty(wrappers);
        foreach (var wrapper in wrappers)
        {
            var heading = wrapper.QuerySelector("h2, h3")!;
            var link = wrapper.QuerySelector("a.permalink")!;
            Assert.Equal("#" + heading.Id, link.GetAttribute("href"));
            Assert.Equal("cl-permalink-label " + heading.Id, link.GetAttribute("aria-labelledby"));
            Assert.Null(heading.QuerySelector("a")); // the heading's own name stays its text
        }
    }

    [Fact]
    public void The_404_page_holds_every_language_and_the_chooser_says_continue_in_each()
    {
        var notFound = Page("404.html");
        var blocks = notFound.QuerySelectorAll(".not-found-lang").Select(b => b.GetAttribute("lang")).ToList();
        Assert.Equal(["en", "it", "fr", "fi", "de", "nl"], blocks);
        Assert.Equal("/fr/search/", notFound.QuerySelector(".not-found-lang[lang=fr] form")!.GetAttribute("action"));
        Assert.Equal("Page introuvable", notFound.QuerySelector(".not-found-lang[lang=fr] h1")!.TextContent);
        var chooser = Page("index.html");
        Assert.Equal("Jatka suomeksi", chooser.QuerySelector(".choices li[lang=fi] .choice-continue")!.TextContent);
        Assert.Equal("Valitse kieli", chooser.QuerySelector(".choices li[lang=fi]")!.GetAttribute("data-heading"));
    }

    [Fact]
    public void No_page_uses_emoji_flags()
    {
        var flagged = site.Pages.Where(p => site.Read(p).EnumerateRunes().Any(r => r.Value is >= 0x1F1E6 and <= 0x1F1FF)).ToList();
        Assert.Empty(flagged);
    }
}
