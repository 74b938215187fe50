using AngleSharp.Html.Parser;
using CaseLibrary.Checking;
using CaseLibrary.Tests.Output;
using Xunit;

namespace CaseLibrary.Tests.Checking;

/// <summary>
/// The link checker reads pages with its own scanner of the tokenizer's states (PageScannerTests compares it with
/// AngleSharp's tokenizer) instead of building a DOM. It must find exactly the ids
/// and addresses that AngleSharp's full HTML parser finds: on every page of the sample site, and on tricky markup.
/// </summary>
public sealed class PageLinksTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    /// <summary>
    /// The page's ids (a template's contents are a fragment of their own, not the page's) and the links of its elements
    /// and of its templates' contents, in document order (the 404 page carries each language's header in a template).
    /// </summary>
    private static (HashSet<string> Ids, List<string> Links) ByDom(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var ids = document.All.Where(e => e.Id is { Length: > 0 }).Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var links = new List<string>();
        void Walk(AngleSharp.Dom.INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is not AngleSharp.Dom.IElement e) continue;
                if (e.NamespaceUri == "http://www.w3.org/1999/xhtml" &&
                    (e.LocalName switch { "a" or "link" => e.GetAttribute("href"), "img" or "script" or "source" => e.GetAttribute("src"), _ => null }) is { } link)
                    links.Add(link);
                Walk(e is AngleSharp.Html.Dom.IHtmlTemplateElement template ? template.Content : e);
            }
        }
        Walk(document);
        return (ids, links);
    }

    private static void AssertSame(string html, string what)
    {
        var (ids, links) = ByDom(html);
        var scan = PageLinks.Scan(html);
        Assert.True(ids.SetEquals(scan.Ids), $"{what}: ids differ: dom [{string.Join(", ", ids.Order())}] scan [{string.Join(", ", scan.Ids.Order())}]");
        Assert.True(links.SequenceEqual(scan.Links), $"{what}: links differ: dom [{string.Join(", ", links)}] scan [{string.Join(", ", scan.Links)}]");
    }

    [Fact]
    public void EveryPageOfTheSampleSiteGivesWhatTheDomGives()
    {
        var pages = site.Pages.ToList();
        Assert.True(pages.Count > 100, $"only {pages.Count} pages");
        foreach (var page in pages) AssertSame(site.Read(page), page);
    }

    [Theory]
    [InlineData("<p id=a>x</p><a href=\"b.html\">b</a><A HREF='C.html'>c</A>")]
    [InlineData("<script>document.write('<a href=\"no.html\" id=\"no\">')</script><a href=\"yes.html\">y</a>")]
    [InlineData("<style>a[href='x']{}</style><!-- <a href=\"comment.html\"> --><img src=\"i.png\" id=\"img\">")]
    [InlineData("<textarea><a href=\"t.html\"></textarea><title><a href=\"t2.html\"></title><a href=\"ok.html\">")]
    [InlineData("<a href=\"x?a=1&amp;b=2\" href=\"second.html\">dup</a><a href=\"caf&eacute;.html\">e</a><a href=\"&#x2F;p\">h</a>")]
    [InlineData("<a href=a.html id=\"\">empty id</a><div id=\"sp ace\"></div><link rel=stylesheet href=s.css><source src=v.mp4>")]
    [InlineData("<noscript><a href=\"ns.html\">n</a></noscript><iframe><a href=\"if.html\"></iframe><xmp><a href=\"x.html\"></xmp>")]
    [InlineData("<a href=\"unclosed.html\"<p>broken <img src=\"img.png\"/> <script src=\"s.js\"></script>")]
    [InlineData("<p id=a></p><template id=t><p id=a><a href=\"in.html\" id=in></a></p></template><a href=\"after.html\">")]
    public void TrickyMarkupGivesWhatTheDomGives(string html) => AssertSame("<!doctype html><html><body>" + html + "</body></html>", html);
}
