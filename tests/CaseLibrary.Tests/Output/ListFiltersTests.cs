using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>
/// The list of all cases narrows by competence, country, language and teaching notes through links to pages that hold
/// every match (the list is paginated: a script over one page of cards would miss the rest): on every page of the list,
/// only to pages with cases, with their counts; the cases with teaching notes have a list of their own.
/// </summary>
public sealed class ListFiltersTests(PaginatedSiteFixture site) : IClassFixture<PaginatedSiteFixture>
{
    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static List<(string Text, string Href, string Count)> Links(IElement filters, string group) =>
        filters.QuerySelectorAll("dt").Single(dt => dt.TextContent == group).NextElementSibling!.QuerySelectorAll("li")
            .Select(li => (li.QuerySelector("a")!.TextContent, li.QuerySelector("a")!.GetAttribute("href")!, li.QuerySelector(".filter-count")!.TextContent))
            .ToList();

    [Theory]
    [InlineData("en/cases/index.html")]
    [InlineData("en/cases/page/2/index.html")]
    public void Every_page_of_the_list_links_the_competence_country_language_and_notes_lists(string path)
    {
        var filters = Parse(site.Read(path)).QuerySelector("main details.list-filters")!;
        Assert.Equal("Filter by competence, country, language or teaching notes", filters.QuerySelector("summary")!.TextContent);
        var all = $"{PaginatedSiteFixture.Count} cases";
        Assert.Equal([("Listening", "/en/competences/listening/", all)], Links(filters, "Competence"));
        Assert.Equal([("Ireland", "/en/countries/ie/", all)], Links(filters, "Country"));
        // Italian has no version of any case: no link to an empty page.
        Assert.Equal([("English", "/en/languages/en/", all)], Links(filters, "Language"));
        Assert.Equal([("Cases with teaching notes", "/en/teaching-notes/", "1 case")], Links(filters, "Teaching notes"));
        foreach (var href in filters.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!))
            Assert.True(site.Exists(href.TrimStart('/') + "index.html"), href);
    }

    [Fact]
    public void The_cases_with_teaching_notes_have_their_own_list_in_every_language()
    {
        var english = Parse(site.Read("en/teaching-notes/index.html"));
        Assert.Equal("Cases with teaching notes", english.QuerySelector("h1")!.TextContent);
        Assert.Equal(["/en/cases/case-000/"], english.QuerySelectorAll("ul.cards > li.card .card-title a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/en/cases/case-000/notes/", english.QuerySelector("ul.cards a.badge-notes")!.GetAttribute("href"));
        Assert.Equal("https://example.org/en/teaching-notes/", english.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://example.org/it/teaching-notes/", english.QuerySelector("link[rel=alternate][hreflang=it]")!.GetAttribute("href"));
        Assert.Contains("<loc>https://example.org/it/teaching-notes/</loc>", site.Read("sitemap.xml"));
        // Italian lists the English case as a fallback, as the list of all cases does.
        var italian = Parse(site.Read("it/teaching-notes/index.html"));
        Assert.Equal("Casi con note didattiche", italian.QuerySelector("h1")!.TextContent);
        var card = Assert.Single(italian.QuerySelectorAll("ul.cards > li.card .card-title a"));
        Assert.Equal(("/en/cases/case-000/", "en"), (card.GetAttribute("href"), card.GetAttribute("hreflang")));
    }

    [Fact]
    public void Without_teaching_notes_there_is_no_notes_list_and_no_link_to_it()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()), ("b-case/en.md", MiniLibrary.Case(title: "B case")));
        var outcome = Caselib.Build(cases, temp["out"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.False(Directory.Exists(Path.Combine(temp["out"], "en", "teaching-notes")));
        var filters = Parse(File.ReadAllText(Path.Combine(temp["out"], "en/cases/index.html"))).QuerySelector("details.list-filters")!;
        Assert.DoesNotContain(filters.QuerySelectorAll("dt"), dt => dt.TextContent == "Teaching notes");
        Assert.Equal([("Ireland", "/en/countries/ie/", "2 cases")], Links(filters, "Country"));
    }

    [Fact]
    public void The_licence_choice_appears_only_when_the_cases_have_more_than_one_licence()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()), ("b-case/en.md", MiniLibrary.Case(title: "B case", extra: "licence: CC-BY-SA-4.0")));
        var outcome = Caselib.Build(cases, temp["out"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var select = Parse(File.ReadAllText(Path.Combine(temp["out"], "en/cases/index.html"))).QuerySelector("form#cl-licence-filter select")!;
        Assert.Equal(["", "CC-BY-4.0", "CC-BY-SA-4.0"], select.QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
    }
}
