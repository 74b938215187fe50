using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>
/// Hostile strings in every data-file field and front-matter list that reaches the site (library title and
/// tagline, competence names, author names, organisations and bios, tags, objectives): text in HTML text and
/// attributes, JSON-LD, feeds, the sitemap and the search store; template syntax stays literal.
/// </summary>
public sealed class HostileDataTests
{
    private const string Payload = "</title></script><script>alert(1)</script><img src=x onerror=alert(2)><style>*{}</style>\"'&{{ 7 * 7 }}";
    private static readonly string Quoted = JsonSerializer.Serialize(Payload);

    [Fact]
    public void Hostile_strings_from_data_files_and_front_matter_are_text_in_every_output()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("hostile/en.md", MiniLibrary.Case(title: Quoted[1..^1],
            extra: $"tags: [{Quoted}]\nlearning_objectives: [{Quoted}]\ndiscussion_questions: [{Quoted}]",
            body: "## Context\n\nA [link](https://example.org/ \"\\\" onmouseover=\\\"alert(3)\") and **{{ 6 * 7 }}** {% if true %}.\n")));
        File.WriteAllText(Path.Combine(cases, "library.yaml"), MiniLibrary.LibraryYaml.Replace("title: {en: Mini, it: Mini IT}", $"title: {Quoted}\ntagline: {Quoted}\ncredit: {Quoted}"));
        File.WriteAllText(Path.Combine(cases, "competences.yaml"), $"listening:\n  number: 1\n  name: {Quoted}\n  description: {Quoted}\n");
        File.WriteAllText(Path.Combine(cases, "authors.yaml"),
            $"ann-smith:\n  name: {Quoted}\n  organisation: {Quoted}\n  bio: {Quoted}\n  links:\n    - {{label: {Quoted}, url: \"https://example.org/?a=\\\"><script>\"}}\n");

        var outcome = Caselib.Build(cases, temp["public"], "--lunr-index");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);

        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(temp["public"], "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 10);
        var payloadSeen = 0;
        foreach (var file in pages)
        {
            var html = File.ReadAllText(file);
            var document = parser.ParseDocument(html);
            Assert.All(document.QuerySelectorAll("script"), s => Assert.True(s.GetAttribute("type") == "application/ld+json" || s.HasAttribute("src"), $"inline script in {file}"));
            Assert.Empty(document.QuerySelectorAll("style, [style], iframe, object, embed, svg"));
            Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
            Assert.DoesNotContain(document.QuerySelectorAll("img"), i => i.GetAttribute("src") == "x");
            Assert.DoesNotContain("49", document.Body?.TextContent.Replace("2024", "") ?? "");
            if (document.Title?.Contains(Payload) == true) payloadSeen++;
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
                JsonDocument.Parse(script.TextContent);
        }
        Assert.True(payloadSeen > 5, "the library title should be in most page titles, verbatim");

        var casePage = parser.ParseDocument(File.ReadAllText(temp["public/en/cases/hostile/index.html"]));
        Assert.Contains(Payload, casePage.Body!.TextContent);
        Assert.Contains("{{ 6 * 7 }}", casePage.QuerySelector(".prose")!.TextContent);
        Assert.Contains("{% if true %}", casePage.QuerySelector(".prose")!.TextContent);
        Assert.Equal("\" onmouseover=\"alert(3)", casePage.QuerySelector(".prose a:not(.permalink)")!.GetAttribute("title"));
        var author = parser.ParseDocument(File.ReadAllText(temp["public/en/authors/ann-smith/index.html"]));
        Assert.Contains(author.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://example.org/?a=\"><script>" && a.TextContent.Contains(Payload));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(File.ReadAllText(temp["public/en/feed.xml"]));
        Assert.StartsWith(Payload, feed.Root!.Element(atom + "title")!.Value);
        Assert.Contains(feed.Root!.Descendants(atom + "name"), n => n.Value == Payload);
        var sitemap = XDocument.Parse(File.ReadAllText(temp["public/sitemap.xml"]));
        Assert.NotEmpty(sitemap.Root!.Elements());

        using var store = JsonDocument.Parse(File.ReadAllText(temp["public/en/search/store.json"]));
        JsonDocument.Parse(File.ReadAllText(temp["public/en/search/index.json"])).Dispose();
        using var pack = JsonDocument.Parse(File.ReadAllText(temp["public/en/search/index.pack.json"]));
        // The index holds a document per section ("<case ref>.<section>"); the store an entry per case (0: none in
        // this language), and a result file per case version holds what the result shows, the payload kept as text.
        var refs = store.RootElement.GetProperty("docs").EnumerateArray().Select((d, n) => (d, n))
            .Where(p => p.d.ValueKind == JsonValueKind.Array).Select(p => CaseLibrary.Search.SearchCatalog.Ref(p.n)).Order().ToList();
        Assert.Equal(refs, pack.RootElement.GetProperty("refs").EnumerateArray().Select(r => r.GetString()!.Split('.')[0]).Distinct().Order());
        Assert.Contains(refs, r => Strings(Gzip.JsonFile(temp[$"public/en/search/result/{r}.json.gz"]).RootElement).Contains(Payload));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
