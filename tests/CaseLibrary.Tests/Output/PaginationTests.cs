using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>
/// Output level: the list of cases and every term page paginate (page 1 at the old address, then <c>page/n/</c>), each
/// page with its own canonical URL, rel=prev/next, reciprocal hreflang alternates, an accessible navigation and a
/// sitemap entry; term-page cards carry what a reader needs to choose.
/// </summary>
public sealed class PaginationTests(PaginatedSiteFixture site) : IClassFixture<PaginatedSiteFixture>
{
    private const string Base = "https://example.org/";
    private static readonly string[] Languages = ["en", "it"];

    /// <summary>Every paginated list of the fixture, as the path of its first page after the language.</summary>
    private static readonly string[] ListPaths = ["cases/", "competences/listening/", "countries/ie/", "authors/ann-smith/", "languages/en/", "competences/matrix/"];

    /// <summary>The entries of a list page and their links to the cases: cards, or the rows of the cases × competences table.</summary>
    private static (string Item, string Link) Selectors(string list) =>
        list == "competences/matrix/" ? ("table.matrix tbody tr", "th[scope=row] a") : ("ul.cards > li.card", ".card-title a");

    public static TheoryData<string> Lists => new(ListPaths);

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private IDocument Page(string lang, string list, int number) => Parse(site.Read(Relative(lang, list, number) + "index.html"));

    private static string Relative(string lang, string list, int number) => number == 1 ? $"{lang}/{list}" : $"{lang}/{list}page/{number}/";

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_list_of_more_cases_than_a_page_holds_splits_into_pages_that_hold_every_case_once(string list)
    {
        foreach (var lang in Languages)
        {
            var (item, link) = Selectors(list);
            var first = Page(lang, list, 1).QuerySelectorAll(item);
            var second = Page(lang, list, 2).QuerySelectorAll(item);
            Assert.Equal(CaseLibrary.Rendering.Paginator.DefaultSize, first.Length);
            Assert.Equal(PaginatedSiteFixture.Count - CaseLibrary.Rendering.Paginator.DefaultSize, second.Length);
            Assert.False(site.Exists(Relative(lang, list, 3) + "index.html"), $"{lang}/{list}: a third page");
            Assert.False(site.Exists($"{lang}/{list}page/1/index.html"), $"{lang}/{list}: page 1 twice");
            var titles = first.Concat(second).Select(c => c.QuerySelector(link)!.TextContent).ToList();
            Assert.Equal(Enumerable.Range(0, PaginatedSiteFixture.Count).Select(i => $"Case {i:D3}").Order(StringComparer.Ordinal), titles.Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Each_page_has_its_own_canonical_title_rel_prev_next_and_reciprocal_alternates(string list)
    {
        foreach (var lang in Languages)
        {
            var titles = new HashSet<string>();
            for (var number = 1; number <= 2; number++)
            {
                var page = Page(lang, list, number);
                var self = Base + Relative(lang, list, number);
                Assert.Equal(self, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
                Assert.Equal(number == 2 ? Base + Relative(lang, list, 1) : null, page.QuerySelector("link[rel=prev]")?.GetAttribute("href"));
                Assert.Equal(number == 1 ? Base + Relative(lang, list, 2) : null, page.QuerySelector("link[rel=next]")?.GetAttribute("href"));
                Assert.True(titles.Add(page.Title!), $"{self}: the same title as another page of the list");
                var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
                Assert.Equal(Languages.Select(l => Base + Relative(l, list, number)).Append(Base + Relative("en", list, number)),
                    Languages.Append("x-default").Select(l => alternates[l]));
                foreach (var other in Languages)
                {
                    var back = Page(other, list, number).QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("href"));
                    Assert.Contains(self, back);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void The_navigation_is_labelled_marks_the_current_page_and_links_the_others(string list)
    {
        foreach (var lang in Languages)
        {
            for (var number = 1; number <= 2; number++)
            {
                var nav = Assert.Single(Page(lang, list, number).QuerySelectorAll("nav.pagination"));
                Assert.False(string.IsNullOrWhiteSpace(nav.GetAttribute("aria-label")));
                var current = Assert.Single(nav.QuerySelectorAll("a[aria-current=page]"));
                Assert.Equal("/" + Relative(lang, list, number), current.GetAttribute("href"));
                Assert.EndsWith(number.ToString(System.Globalization.CultureInfo.InvariantCulture), current.TextContent.Trim());
                var other = 3 - number;
                Assert.Contains(nav.QuerySelectorAll("a:not([aria-current])"), a => a.GetAttribute("href") == "/" + Relative(lang, list, other));
                Assert.Equal(number == 2 ? "/" + Relative(lang, list, 1) : null, nav.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
                Assert.Equal(number == 1 ? "/" + Relative(lang, list, 2) : null, nav.QuerySelector("a[rel=next]")?.GetAttribute("href"));
            }
        }
    }

    [Fact]
    public void A_list_of_one_page_has_no_navigation_and_no_rel_prev_next()
    {
        var page = Parse(site.Read("en/languages/it/index.html"));
        Assert.Null(page.QuerySelector("nav.pagination"));
        Assert.Null(page.QuerySelector("link[rel=prev], link[rel=next]"));
        Assert.False(site.Exists("en/languages/it/page/2/index.html"));
    }

    [Fact]
    public void The_sitemap_lists_every_page_of_every_list_and_each_page_names_its_language_versions()
    {
        var sitemap = System.Xml.Linq.XDocument.Parse(site.Read("sitemap.xml"));
        System.Xml.Linq.XNamespace ns = CaseLibrary.Rendering.SitemapWriter.SitemapNs;
        var entries = sitemap.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToHashSet();
        foreach (var list in ListPaths)
            foreach (var lang in Languages)
                for (var number = 1; number <= 2; number++)
                {
                    var url = Base + Relative(lang, list, number);
                    Assert.Contains(url, entries);
                    // The alternates are in the page's head (not repeated in the sitemap).
                    var head = Parse(site.Read(Relative(lang, list, number) + "index.html")).Head!;
                    var other = lang == "en" ? "it" : "en";
                    Assert.Contains(head.QuerySelectorAll("link[rel=alternate][hreflang]"), l => l.GetAttribute("href") == Base + Relative(other, list, number));
                }
    }

    [Fact]
    public void The_output_is_the_same_when_built_twice() =>
        Assert.Equal(FolderSnapshot.Of(site.Root), FolderSnapshot.Of(site.Again));

    [Fact]
    public void Term_page_cards_carry_title_country_language_summary_and_notes_mark_without_dates_chips_or_more()
    {
        foreach (var list in ListPaths.Where(l => l is not ("cases/" or "competences/matrix/")))
        {
            foreach (var lang in Languages)
            {
                var cards = Page(lang, list, 1).QuerySelectorAll("ul.cards > li.card");
                Assert.All(cards, card =>
                {
                    Assert.Null(card.QuerySelector("time, .chips"));
                    Assert.NotNull(card.QuerySelector(".card-title a[href]"));
                    // A case shown in another language (Italian lists the English cases) has no summary: the reader
                    // chooses by its title, country and language; its page is one click away.
                    var fallback = card.QuerySelector(".card-title a[lang]") is not null;
                    Assert.Equal(lang == "it", fallback);
                    Assert.Equal(!fallback, card.QuerySelector(".card-summary") is not null);
                    var meta = card.QuerySelector(".card-meta")!.TextContent;
                    // On a country page every case is from that country: the card does not repeat it.
                    Assert.Equal(list != "countries/ie/", meta.Contains(lang == "en" ? "Ireland" : "Irlanda", StringComparison.Ordinal));
                    Assert.Contains(lang == "en" ? "English" : "inglese", meta, StringComparison.OrdinalIgnoreCase);
                    // Trainers choose cases for a course on the competence pages: there the objectives and the pack button stay
                    // (the card names its case; course-pack.js makes the button, see the browser's CoursePackTests).
                    Assert.Equal(list == "competences/listening/", card.QuerySelector("details.card-objectives[open]") is not null);
                    Assert.Equal(list == "competences/listening/", card.GetAttribute("data-pack") is { Length: > 0 });
                    Assert.Null(card.QuerySelector("button")); // no hidden button per card in the page's bytes
                });
                var notes = cards.Select(c => c.QuerySelector("a.badge-notes")?.GetAttribute("href")).OfType<string>().ToList();
                Assert.Equal(["/en/cases/case-000/notes/"], notes);
            }
        }
    }

    [Fact]
    public void Cards_of_the_list_of_cases_keep_date_competences_objectives_licence_and_notes_mark()
    {
        var cards = Page("en", "cases/", 1).QuerySelectorAll("ul.cards > li.card");
        Assert.All(cards, card =>
        {
            Assert.Equal("CC-BY-4.0", card.GetAttribute("data-licence"));
            Assert.NotNull(card.QuerySelector("time[datetime]"));
            Assert.NotNull(card.QuerySelector(".chips a[href='/en/competences/listening/']"));
            Assert.NotNull(card.QuerySelector("details.card-objectives"));
            Assert.NotNull(card.QuerySelector(".card-summary"));
        });
        Assert.All(Page("it", "cases/", 1).QuerySelectorAll("ul.cards > li.card"), card =>
        {
            Assert.Equal("en", card.QuerySelector(".card-title a")!.GetAttribute("lang"));
            Assert.Null(card.QuerySelector(".card-summary"));
            Assert.NotNull(card.QuerySelector(".chips a[href='/it/competences/listening/']"));
        });
        // The home page's six latest cases keep their summaries, in their own language: it is the library's front door.
        var home = Page("it", "", 1).QuerySelectorAll("ul.cards > li.card");
        Assert.NotEmpty(home);
        Assert.All(home, card => Assert.Equal("en", card.QuerySelector(".card-summary[lang]")?.GetAttribute("lang")));
        Assert.Equal(["/en/cases/case-000/notes/"], cards.Select(c => c.QuerySelector("a.badge-notes")?.GetAttribute("href")).OfType<string>());
        // One licence: a choice between "any licence" and that licence would filter nothing, so there is none.
        Assert.Null(Page("en", "cases/", 2).QuerySelector("form#cl-licence-filter"));
    }
}
