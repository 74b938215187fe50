using AngleSharp.Html.Parser;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>
/// library.yaml's optional <c>about</c> text becomes an About page per language, linked from every footer: paragraphs
/// split at blank lines, a language without its own text shows the default's, marked and announced; without the key
/// there is no page and no link.
/// </summary>
public sealed class AboutPageTests
{
    private const string About = """

        about:
          en: |
            First paragraph,
            on two lines.

            Second <paragraph> & more.
        """;

    [Fact]
    public void The_about_text_becomes_a_page_per_language_linked_from_the_footer()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        temp.Write("cases/library.yaml", MiniLibrary.LibraryYaml + About);
        var outcome = Caselib.Build(cases, temp["out"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var parser = new HtmlParser();

        var english = parser.ParseDocument(File.ReadAllText(Path.Combine(temp["out"], "en/about/index.html")));
        Assert.Equal("About this library", english.QuerySelector("main h1")!.TextContent);
        Assert.Equal(["First paragraph, on two lines.", "Second <paragraph> & more."], english.QuerySelectorAll("main .prose p").Select(p => p.TextContent));
        Assert.Null(english.QuerySelector("main .notice"));
        Assert.Equal("First paragraph, on two lines.", english.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("https://example.org/it/about/", english.QuerySelector("link[rel=alternate][hreflang=it]")!.GetAttribute("href"));
        Assert.Equal("page", english.QuerySelector(".site-footer a[href='/en/about/']")!.GetAttribute("aria-current"));

        // Italian has no text of its own: the English one, marked as English, under a notice in Italian.
        var italian = parser.ParseDocument(File.ReadAllText(Path.Combine(temp["out"], "it/about/index.html")));
        Assert.Equal("en", italian.QuerySelector("main .prose")!.GetAttribute("lang"));
        Assert.Contains("inglese", italian.QuerySelector("main .notice")!.TextContent, StringComparison.OrdinalIgnoreCase);

        foreach (var page in new[] { "en/index.html", "en/cases/a-case/index.html", "it/cases/index.html" })
        {
            var footer = parser.ParseDocument(File.ReadAllText(Path.Combine(temp["out"], page))).QuerySelector(".site-footer")!;
            var lang = page[..2];
            Assert.NotNull(footer.QuerySelector($"a[href='/{lang}/about/']"));
        }
        Assert.Contains("<loc>https://example.org/en/about/</loc>", File.ReadAllText(Path.Combine(temp["out"], "sitemap.xml")));
    }

    [Fact]
    public void Without_an_about_text_there_is_no_about_page_and_no_link()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var outcome = Caselib.Build(cases, temp["out"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.False(Directory.Exists(Path.Combine(temp["out"], "en", "about")));
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(temp["out"], "en/index.html")));
        Assert.Empty(home.QuerySelectorAll(".site-footer a[href*='about']"));
        Assert.Contains("Built with CaseLibrary", home.QuerySelector(".site-footer")!.TextContent);
    }
}
