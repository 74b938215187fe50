using System.Xml.Linq;
using AngleSharp.Html.Parser;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>
/// Issue 12's lean site, on the paginated fixture (more cases than a page or a feed holds, all on the same terms):
/// no file the browser never loads, no file per citation format, feeds of the latest cases, pages within the size bound.
/// </summary>
public sealed class LeanOutputTests(PaginatedSiteFixture site) : IClassFixture<PaginatedSiteFixture>
{
    private const int MaxPageBytes = 200 * 1024;

    [Fact]
    public void The_whole_index_is_not_published_by_default_but_the_split_index_and_store_are()
    {
        foreach (var lang in new[] { "en", "it" })
        {
            Assert.False(site.Exists($"{lang}/search/index.json"), $"{lang}/search/index.json is published");
            Assert.False(site.Exists($"{lang}/search/index.pack.json"), $"{lang}/search/index.pack.json is published");
            Assert.True(site.Exists($"{lang}/search/split/index.json"));
            Assert.True(site.Exists($"{lang}/search/split/terms.json.gz"));
            Assert.True(site.Exists($"{lang}/search/store.json"));
        }
    }

    [Fact]
    public void With_lunr_index_the_whole_index_is_published_and_the_rest_of_the_site_is_the_same()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()), ("a-case/it.md", MiniLibrary.Case(title: "Un caso")));
        var plain = Caselib.Build(cases, temp["plain"]);
        var outcome = Caselib.Build(cases, temp["lunr"], "--lunr-index");
        Assert.True(plain.ExitCode == 0 && outcome.ExitCode == 0, plain.Stderr + outcome.Stderr);
        foreach (var lang in new[] { "en", "it" })
        {
            Assert.False(File.Exists(temp[$"plain/{lang}/search/index.json"]));
            Assert.False(File.Exists(temp[$"plain/{lang}/search/index.pack.json"]));
            using var index = System.Text.Json.JsonDocument.Parse(File.ReadAllText(temp[$"lunr/{lang}/search/index.json"]));
            Assert.Equal("2.3.9", index.RootElement.GetProperty("version").GetString());
            using var pack = System.Text.Json.JsonDocument.Parse(File.ReadAllText(temp[$"lunr/{lang}/search/index.pack.json"]));
            Assert.Equal("caselib-lunr-pack/1", pack.RootElement.GetProperty("format").GetString());
        }
        // Everything else is the same, byte for byte: the option adds the two files and changes nothing the pages load.
        var plainFiles = Files(temp["plain"]);
        var lunrFiles = Files(temp["lunr"]).Where(f => !f.Key.EndsWith("/search/index.json", StringComparison.Ordinal) && !f.Key.EndsWith("/search/index.pack.json", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        Assert.Equal(plainFiles.Keys.Order(StringComparer.Ordinal), lunrFiles.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in plainFiles) Assert.True(bytes.AsSpan().SequenceEqual(lunrFiles[path]), path);
    }

    [Fact]
    public void No_citation_files_are_written_the_case_page_carries_them()
    {
        Assert.Empty(Directory.EnumerateFiles(site.Root, "*.bib", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(site.Root, "*.ris", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(site.Root, "en", "cases"), "*.json", SearchOption.AllDirectories));
        var page = new HtmlParser().ParseDocument(site.Read("en/cases/case-007/index.html"));
        var bib = Citations.DataUrl.Read(page.QuerySelector(".downloads a[download='case-007-en.bib']")!.GetAttribute("href")!).Text;
        Assert.Equal("Case 007", Citations.BibTexReader.Decode(Citations.BibTexReader.Parse(bib).Fields["title"]).Trim('{', '}'));
    }

    [Fact]
    public void Feeds_carry_the_latest_fifty_cases_and_the_lists_all_of_them()
    {
        Assert.True(PaginatedSiteFixture.Count > CaseLibrary.Rendering.FeedEntries.Limit);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = XDocument.Parse(site.Read("en/feed.xml")).Root!.Elements(atom + "entry").ToList();
        Assert.Equal(CaseLibrary.Rendering.FeedEntries.Limit, entries.Count);
        using var json = System.Text.Json.JsonDocument.Parse(site.Read("en/feed.json"));
        Assert.Equal(CaseLibrary.Rendering.FeedEntries.Limit, json.RootElement.GetProperty("items").GetArrayLength());
        var listed = new[] { "en/cases/index.html", "en/cases/page/2/index.html" }
            .Sum(p => new HtmlParser().ParseDocument(site.Read(p)).QuerySelectorAll(".cards > li").Length);
        Assert.Equal(PaginatedSiteFixture.Count, listed);
    }

    [Fact]
    public void Every_html_page_is_within_the_size_bound_and_has_no_indentation_outside_pre()
    {
        var pages = Directory.EnumerateFiles(site.Root, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        var largest = pages.MaxBy(p => new FileInfo(p).Length)!;
        Assert.True(new FileInfo(largest).Length <= MaxPageBytes, $"{Path.GetRelativePath(site.Root, largest)}: {new FileInfo(largest).Length} bytes");
        // A full page of cards is among them: the bound is tested where it matters.
        Assert.Equal(CaseLibrary.Rendering.Paginator.DefaultSize,
            new HtmlParser().ParseDocument(site.Read("en/competences/listening/index.html")).QuerySelectorAll(".cards > li").Length);
        foreach (var page in pages)
            Assert.DoesNotContain("\n  ", File.ReadAllText(page));
    }

    private static Dictionary<string, byte[]> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
