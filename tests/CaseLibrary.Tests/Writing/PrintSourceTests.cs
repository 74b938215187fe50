using AngleSharp.Html.Parser;
using CaseLibrary.Writing;

namespace CaseLibrary.Tests.Writing;

/// <summary>The page as Chromium prints it for --pdf.</summary>
public sealed class PrintSourceTests
{
    private const string Page = """
        <!DOCTYPE html><html lang="en"><head><title>Old · Site</title><script src="/s.js"></script></head>
        <body><a href="/en/authors/ann/">Ann</a> <a href="https://other.example/x">Other</a> <a href="#cl-cite">Cite</a> <a href="../other/">Other case</a></body></html>
        """;

    [Fact]
    public void Site_links_become_absolute_and_marked_external_ones_stay_and_the_title_and_running_head_are_set()
    {
        var html = PrintSource.For(Page, "https://example.org/", "/", "en/cases/one/index.html", "Harbour \"outreach\"", "/en/.print-0.css");
        var document = new HtmlParser().ParseDocument(html);

        var ann = document.QuerySelector("a[href='https://example.org/en/authors/ann/']")!;
        Assert.True(ann.HasAttribute("data-site-link"));
        Assert.False(document.QuerySelector("a[href='https://other.example/x']")!.HasAttribute("data-site-link"));
        Assert.False(document.QuerySelector("a[href='#cl-cite']")!.HasAttribute("data-site-link"));
        Assert.True(document.QuerySelector("a[href='https://example.org/en/cases/other/']")!.HasAttribute("data-site-link"), "a relative link resolves against the page's public address");
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Equal("Harbour \"outreach\"", document.Title);
        Assert.Equal("/en/.print-0.css", document.QuerySelector("head link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_running_head_escapes_the_title_as_a_css_string_and_leaves_the_first_page_without_it()
    {
        var css = PrintSource.RunningHead("A \"quoted\" \\ title\nnext");
        Assert.Contains("@top-center { content: \"A \\\"quoted\\\" \\\\ title next\"; }", css);
        Assert.Contains("@page :first { @top-center { content: none; } }", css);
    }
}
