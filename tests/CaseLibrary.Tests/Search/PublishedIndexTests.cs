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
        var documents = SearchCatalog.Documents(result.Model!, language, code => strings.Find(language, "countries_names." + code) ?? code, key => strings.Get(language, key));
        // A document per section: each case version's body sections (the first also holding the case's own fields), then
        // its learning objectives and its discussion questions.
        Assert.Equal(result.Model!.CasesIn(language).Sum(c => c.In(language)!.Body.Sections.Count + (c.In(language)!.LearningObjectives.Count > 0 ? 1 : 0) + (c.In(language)!.DiscussionQuestions.Count > 0 ? 1 : 0)), documents.Count);
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
    public void The_result_store_maps_every_ref_of_the_index_and_each_result_file_names_its_case_and_sections()
    {
        var result = new BuildPipeline().Run(new BuildOptions(RepoPaths.Fixture("sample/cases"), RepoPaths.Theme, "unused", DisplayRoot: RepoPaths.Root) { SearchPath = TestPrograms.SearchPath, LunrIndex = true }, write: false);
        var model = result.Model!;
        var version = SearchCatalog.Version(model);
        foreach (var language in model.Config.Languages)
        {
            using var index = System.Text.Json.JsonDocument.Parse(result.Files.Single(f => f.Path == SearchStage.IndexPath(language)).Bytes);
            using var store = System.Text.Json.JsonDocument.Parse(result.Files.Single(f => f.Path == SearchStage.StorePath(language)).Bytes);
            var root = store.RootElement;
            var refs = index.RootElement.GetProperty("fieldVectors").EnumerateArray().Select(v => v[0].GetString()!.Split('/')[1].Split(SearchCatalog.SectionSeparator)[0]).ToHashSet();
            var docs = root.GetProperty("docs").EnumerateArray().ToList();
            // One entry per case of the library, in its order; 0 for a case without a version in this language.
            Assert.Equal(model.Cases.Count, docs.Count);
            var stored = docs.Select((d, n) => (d, n)).Where(p => p.d.ValueKind == System.Text.Json.JsonValueKind.Array).Select(p => SearchCatalog.Ref(p.n)).ToHashSet();
            Assert.Equal(stored, refs);
            Assert.Equal(version, root.GetProperty("v").GetString());
            Assert.Equal($"/{language}/cases/{SearchCatalog.UrlIdPlaceholder}/", root.GetProperty("url").GetString());
            Assert.Equal($"/{language}/search/result/{SearchCatalog.RefPlaceholder}.json.gz", root.GetProperty("result").GetString());
            for (var n = 0; n < docs.Count; n++)
            {
                var study = model.Cases[n];
                if (docs[n].ValueKind != System.Text.Json.JsonValueKind.Array)
                {
                    Assert.Null(study.In(language));
                    Assert.DoesNotContain(result.Files, f => f.Path == SearchStage.ResultPath(language, SearchCatalog.Ref(n)));
                    continue;
                }
                var doc = docs[n].EnumerateArray().Select(e => e.GetInt32()).ToList();
                Assert.Equal(study.Country, root.GetProperty("countries")[doc[0]].GetString());
                var notes = study.NotesByPreference(language, language).FirstOrDefault()?.Language;
                Assert.Equal(notes, doc[1] < 0 ? null : root.GetProperty("languages")[doc[1]].GetString());
                Assert.Equal(study.CompetenceIds, doc.Skip(2).Select(k => root.GetProperty("competences")[k].GetString()!));
                // Its result file: the case's id, title and summary, and one section per section document of the index.
                using var file = Gzip.Json(result.Files.Single(f => f.Path == SearchStage.ResultPath(language, SearchCatalog.Ref(n))).Bytes);
                Assert.Equal(version, file.RootElement.GetProperty("v").GetString());
                Assert.Equal(study.Id, file.RootElement.GetProperty("id").GetString());
                Assert.Equal(study.In(language)!.Title, file.RootElement.GetProperty("title").GetString());
                Assert.Equal(study.In(language)!.Summary, file.RootElement.GetProperty("summary").GetString());
                var numbers = index.RootElement.GetProperty("fieldVectors").EnumerateArray().Select(v => v[0].GetString()!.Split('/')[1])
                    .Where(r => r.Split(SearchCatalog.SectionSeparator)[0] == SearchCatalog.Ref(n)).Select(r => int.Parse(r.Split(SearchCatalog.SectionSeparator)[1])).Distinct().Order();
                Assert.Equal(Enumerable.Range(0, file.RootElement.GetProperty("sections").GetArrayLength()), numbers);
            }
        }
    }

    [Fact]
    public void The_library_version_changes_when_the_order_of_cases_changes_and_only_then()
    {
        var model = new BuildPipeline().Run(new BuildOptions(RepoPaths.Fixture("sample/cases"), RepoPaths.Theme, "unused", DisplayRoot: RepoPaths.Root) { SearchPath = TestPrograms.SearchPath }, write: false).Model!;
        var again = new BuildPipeline().Run(new BuildOptions(RepoPaths.Fixture("sample/cases"), RepoPaths.Theme, "unused", DisplayRoot: RepoPaths.Root) { SearchPath = TestPrograms.SearchPath }, write: false).Model!;
        Assert.Equal(SearchCatalog.Version(model), SearchCatalog.Version(again));
        Assert.Matches("^[0-9a-f]{12}$", SearchCatalog.Version(model));
        var reordered = new CaseLibrary.Model.LibraryModel(model.Config, model.Competences, model.Authors, model.Cases.Reverse().ToList());
        Assert.NotEqual(SearchCatalog.Version(model), SearchCatalog.Version(reordered));
    }
}
