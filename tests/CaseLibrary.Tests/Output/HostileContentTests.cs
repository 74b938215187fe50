using System.Xml.Linq;
using AngleSharp.Html.Parser;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>Strings from strangers' pull requests are text in every context: HTML text and attributes, JSON-LD, feeds, sitemap.</summary>
public sealed class HostileContentTests
{
    private const string Title = "</title><script>alert(1)</script> \"quoted\" & 'single' <!--";
    private const string Summary = "\" onmouseover=\"alert(2)\" x=\"</script><img src=x onerror=alert(3)>";

    [Fact]
    public void Hostile_front_matter_is_escaped_everywhere()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("hostile/en.md", MiniLibrary.Case(
            title: Title.Replace("\"", "\\\""),
            extra: $"tags: [\"<svg onload=alert(4)>\"]\nlearning_objectives: [\"<iframe src=javascript:alert(5)>\"]",
            body: "## Context\n\nTemplate syntax {{ 1 + 1 }} and {% raw %} stays text.\n").Replace("summary: A summary.", $"summary: '{Summary}'")));

        var outcome = Caselib.Build(cases, temp["public"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);

        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(temp["public"], "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            Assert.All(document.QuerySelectorAll("script"), s => Assert.True(s.GetAttribute("type") == "application/ld+json" || s.HasAttribute("src"), $"inline script in {file}"));
            Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
            Assert.Empty(document.QuerySelectorAll("iframe, svg, object, embed, img[onerror]"));
        }

        var page = parser.ParseDocument(File.ReadAllText(temp["public/en/cases/hostile/index.html"]));
        Assert.Equal(Title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(Summary, page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Contains("Template syntax {{ 1 + 1 }} and {% raw %} stays text.", page.QuerySelector(".prose")!.TextContent);
        var jsonLd = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(Title, jsonLd.RootElement.GetProperty("headline").GetString());
        Assert.Equal(Summary, jsonLd.RootElement.GetProperty("description").GetString());

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(File.ReadAllText(temp["public/en/feed.xml"]));
        Assert.Equal(Title, feed.Root!.Element(atom + "entry")!.Element(atom + "title")!.Value);
        XDocument.Parse(File.ReadAllText(temp["public/sitemap.xml"]));
    }

    [Fact]
    public void Nothing_is_written_outside_the_output_folder()
    {
        using var temp = new TempFolder();
        var writer = new CaseLibrary.Writing.OutputWriter();
        var escape = new CaseLibrary.Rendering.OutputFile("../escaped.txt", [1, 2, 3], false, "test");
        Assert.Throws<InvalidOperationException>(() => writer.Write(temp["public"], [escape]));
        Assert.False(File.Exists(temp["escaped.txt"]));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(temp.Path)!, "escaped.txt")));
    }
}
