using System.Text;
using CaseLibrary.Build;
using CaseLibrary.Search;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// The indexes the build publishes, byte for byte as written, equal what lunr.js 2.3.9 + lunr-languages builds in
/// Node from the same documents: the real library in all six languages and the tiny fixture.
/// </summary>
public sealed class PublishedIndexTests
{
    private static LunrTestEnvironment Env => LunrTestEnvironment.Instance;

    public static TheoryData<string, string> Libraries() => new()
    {
        { "cases", "en" }, { "cases", "it" }, { "cases", "fr" }, { "cases", "fi" }, { "cases", "de" }, { "cases", "nl" },
        { "tests/fixtures/tiny/cases", "en" }, { "tests/fixtures/tiny/cases", "it" },
    };

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Published_index_equals_lunr_js(string library, string language)
    {
        var result = new BuildPipeline().Run(new BuildOptions(Path.Combine(RepoPaths.Root, library), RepoPaths.Theme, "unused", DisplayRoot: RepoPaths.Root) { SearchPath = TestPrograms.SearchPath, LunrIndex = true }, write: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var published = result.Files.Single(f => f.Path == SearchStage.IndexPath(language));
        var strings = CaseLibrary.Rendering.UiStringsParser.Parse(
            Directory.GetFiles(Path.Combine(RepoPaths.Theme, "i18n"), "*.yaml").ToDictionary(
                f => Path.GetFileNameWithoutExtension(f), f => new CaseLibrary.Loading.SourceFile(f, File.ReadAllText(f))),
            "en", new CaseLibrary.Diagnostics.DiagnosticBag());
        var documents = SearchCatalog.Documents(result.Model!, language, code => strings.Find(language, "countries_names." + code) ?? code);
        // A document per section: each case version's body sections, the first also holding the case's own fields.
        Assert.Equal(result.Model!.CasesIn(language).Sum(c => c.In(language)!.Body.Sections.Count), documents.Count);
        Assert.Equal(result.Model!.CasesIn(language).Count(), documents.Select(d => d.Ref.Split(SearchCatalog.SectionSeparator)[0]).Distinct().Count());

        var expected = Env.RunReference("build-index.js", JsonText.IndexInput(language, SearchCatalog.Fields, documents));

        Assert.Equal(expected, Encoding.UTF8.GetString(published.Bytes));

        // What the browser loads: the pack, rebuilt into a lunr.Index by search-pack.js, serializes to the same bytes.
        var pack = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == SearchStage.PackPath(language)).Bytes);
        var rebuilt = Env.RunReference("load-pack.js", $"{{\"language\":\"{language}\",\"pack\":{pack}}}");
        Assert.Equal(expected, rebuilt);

        // And it answers queries as lunr.Index.load(index.json) does: same refs, scores and match data.
        var answers = Env.RunReference("pack-queries.js", $"{{\"language\":\"{language}\",\"index\":{expected},\"pack\":{pack},\"samples\":60}}");
        using var report = System.Text.Json.JsonDocument.Parse(answers);
        Assert.Empty(report.RootElement.GetProperty("differences").EnumerateArray().Select(d => d.GetString()));
        Assert.True(report.RootElement.GetProperty("queries").GetInt32() >= 10, answers);
        Assert.True(report.RootElement.GetProperty("results").GetInt32() > 0, answers);
    }

    [Fact]
    public void The_result_store_maps_every_ref_of_the_index()
    {
        var result = new BuildPipeline().Run(new BuildOptions(RepoPaths.Cases, RepoPaths.Theme, "unused", DisplayRoot: RepoPaths.Root) { SearchPath = TestPrograms.SearchPath, LunrIndex = true }, write: false);
        foreach (var language in result.Model!.Config.Languages)
        {
            using var index = System.Text.Json.JsonDocument.Parse(result.Files.Single(f => f.Path == SearchStage.IndexPath(language)).Bytes);
            using var store = System.Text.Json.JsonDocument.Parse(result.Files.Single(f => f.Path == SearchStage.StorePath(language)).Bytes);
            var refs = index.RootElement.GetProperty("fieldVectors").EnumerateArray().Select(v => v[0].GetString()!.Split('/')[1].Split(SearchCatalog.SectionSeparator)[0]).ToHashSet();
            var stored = store.RootElement.GetProperty("docs").EnumerateObject().Select(p => p.Name).ToHashSet();
            Assert.Equal(stored, refs);
            Assert.Equal($"/{language}/cases/{SearchCatalog.UrlIdPlaceholder}/", store.RootElement.GetProperty("url").GetString());
            var ids = result.Model.CasesIn(language).Select(c => c.Id).ToHashSet();
            foreach (var doc in store.RootElement.GetProperty("docs").EnumerateObject())
            {
                var id = doc.Value[0].GetString()!;
                Assert.Contains(id, ids);
                // Its section texts: one per section document of the index, in order.
                using var sections = System.Text.Json.JsonDocument.Parse(result.Files.Single(f => f.Path == SearchStage.TextPath(language, id)).Bytes);
                var numbers = index.RootElement.GetProperty("fieldVectors").EnumerateArray().Select(v => v[0].GetString()!.Split('/')[1])
                    .Where(r => r.Split(SearchCatalog.SectionSeparator)[0] == doc.Name).Select(r => int.Parse(r.Split(SearchCatalog.SectionSeparator)[1])).Distinct().Order();
                Assert.Equal(Enumerable.Range(0, sections.RootElement.GetArrayLength()), numbers);
            }
        }
    }
}
