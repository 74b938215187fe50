using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace CaseLibrary.Tests.Output;

/// <summary>The sample library's site: every page type in every language, reciprocal hreflang, valid sitemap and feeds.</summary>
public sealed class SampleSiteTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private static readonly string[] Languages = ["en", "it", "fr", "fi", "de", "nl"];
    private const string Base = "https://example.org/";

    [Fact]
    public void The_sample_library_builds_without_warnings() => Assert.Empty(site.Warnings);

    [Fact]
    public void Every_page_type_exists_in_every_language()
    {
        var pages = site.Pages.ToHashSet();
        Assert.Contains("index.html", pages);
        Assert.Contains("404.html", pages);
        foreach (var lang in Languages)
        {
            foreach (var page in new[] { "", "cases/", "competences/", "competences/reflective-practice/", "countries/", "countries/ie/", "authors/", "authors/nora-walsh/", "languages/", "languages/fi/" })
                Assert.Contains($"{lang}/{page}index.html", pages);
            Assert.True(File.Exists(Path.Combine(site.Root, lang, "feed.xml")));
        }
        Assert.Contains("fi/cases/harbour-outreach-cork/index.html", pages);
        Assert.DoesNotContain("nl/cases/apprenticeship-bridge-turin/index.html", pages);
    }

    [Fact]
    public void Hreflang_alternates_are_reciprocal_and_include_x_default()
    {
        var parser = new HtmlParser();
        var alternates = new Dictionary<string, Dictionary<string, string>>();
        foreach (var page in site.Pages.Where(p => p is not ("404.html" or "index.html") && !IsNoIndex(p)))
        {
            var document = parser.ParseDocument(site.Read(page));
            var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.Equal(Base + page[..^"index.html".Length], canonical);
            var links = document.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
            Assert.Contains("x-default", links.Keys);
            Assert.Equal(canonical, links[document.DocumentElement.GetAttribute("lang")!]);
            Assert.NotNull(document.QuerySelector("meta[property='og:locale']"));
            alternates[canonical!] = links;
        }
        foreach (var (url, links) in alternates)
            foreach (var (lang, href) in links.Where(l => l.Key != "x-default"))
            {
                Assert.True(alternates.ContainsKey(href), $"{url} lists {href}, which is not a page");
                Assert.Equal(lang, LangOf(href));
                Assert.True(alternates[href].TryGetValue(LangOf(url), out var back) && back == url, $"{href} does not link back to {url}");
            }
    }

    [Fact]
    public void The_sitemap_lists_every_indexable_page()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var sitemap = XDocument.Parse(site.Read("sitemap.xml"));
        var urls = sitemap.Root!.Elements(sm + "url").ToList();
        Assert.Equal(site.Pages.Count(p => p != "404.html" && !IsNoIndex(p)), urls.Count);
        foreach (var url in urls)
        {
            var loc = url.Element(sm + "loc")!.Value;
            Assert.StartsWith(Base, loc);
            Assert.True(File.Exists(Path.Combine(site.Root, loc[Base.Length..], "index.html")) || loc == Base, loc);
        }
        // The language versions are named in each page's head (see the hreflang test above), not repeated here.
        Assert.Contains(urls, u => u.Element(sm + "loc")!.Value == Base + "fr/cases/apprenticeship-bridge-turin/");
        Assert.Empty(sitemap.Descendants(xhtml + "link"));
    }

    [Fact]
    public void Each_language_has_a_valid_atom_feed_of_its_own_cases()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var expected = new Dictionary<string, int> { ["en"] = 3, ["it"] = 2, ["fr"] = 3, ["fi"] = 1, ["de"] = 2, ["nl"] = 2 };
        foreach (var (lang, count) in expected)
        {
            var feed = XDocument.Parse(site.Read($"{lang}/feed.xml"));
            Assert.Equal(lang, feed.Root!.Attribute(XNamespace.Xml + "lang")!.Value);
            var entries = feed.Root.Elements(atom + "entry").ToList();
            Assert.Equal(count, entries.Count);
            Assert.All(entries, e => Assert.StartsWith($"{Base}{lang}/cases/", e.Element(atom + "id")!.Value));
        }
    }

    [Fact]
    public void A_case_missing_in_a_language_is_listed_with_a_link_to_another_version()
    {
        var document = new HtmlParser().ParseDocument(site.Read("nl/cases/index.html"));
        var fallback = document.QuerySelectorAll("a[href='/en/cases/apprenticeship-bridge-turin/']").Single();
        Assert.Equal("en", fallback.GetAttribute("lang"));
        Assert.Equal(4, document.QuerySelectorAll("li.card").Length);
    }

    [Fact]
    public void Case_pages_carry_metadata_objectives_questions_and_language_links()
    {
        var document = new HtmlParser().ParseDocument(site.Read("it/cases/harbour-outreach-cork/index.html"));
        Assert.Equal("it", document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(document.QuerySelector("article.case h1"));
        Assert.NotEmpty(document.QuerySelectorAll(".objectives li"));
        Assert.NotEmpty(document.QuerySelectorAll(".questions li"));
        Assert.Equal(["en", "fr", "fi", "de", "nl"], document.QuerySelectorAll(".also-in a").Select(a => a.GetAttribute("lang")!));
        Assert.Contains("Irlanda", document.QuerySelector(".case-meta")!.TextContent);
        var jsonLd = System.Text.Json.JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("it", jsonLd.RootElement.GetProperty("inLanguage").GetString());
    }

    [Fact]
    public void Every_page_has_a_share_picture_a_home_screen_icon_and_names_its_licence_once()
    {
        var parser = new HtmlParser();
        foreach (var page in site.Pages)
        {
            var document = parser.ParseDocument(site.Read(page));
            var image = document.QuerySelector("meta[property='og:image']")?.GetAttribute("content");
            Assert.NotNull(image);
            Assert.StartsWith(Base, image); // link previews need an absolute address
            Assert.True(File.Exists(Path.Combine(site.Root, image[Base.Length..])), $"{page}: {image} is not in the site");
            Assert.Equal("1200", document.QuerySelector("meta[property='og:image:width']")?.GetAttribute("content"));
            var icon = document.QuerySelector("link[rel='apple-touch-icon']")?.GetAttribute("href");
            Assert.NotNull(icon);
            Assert.True(File.Exists(Path.Combine(site.Root, icon.TrimStart('/'))), $"{page}: {icon} is not in the site");
            var footer = document.QuerySelector("footer.site-footer")!;
            var licence = footer.QuerySelector("a[rel='license']")!;
            Assert.Equal(1, CountOf(footer.TextContent, licence.TextContent));
            Assert.Contains(licence.TextContent, licence.ParentElement!.TextContent);
        }
        static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
    }

    /// <summary>The course pack page shows what this browser chose: not indexed, not in the sitemap.</summary>
    private static bool IsNoIndex(string page) => page.EndsWith("/course-pack/index.html", StringComparison.Ordinal);

    private static string LangOf(string url) => url[Base.Length..].Split('/')[0];
}
