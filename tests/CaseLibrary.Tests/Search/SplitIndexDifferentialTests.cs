using System.Diagnostics;
using System.Text;
using CaseLibrary.Build;
using CaseLibrary.Search;
using CaseLibrary.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// The split index (vocabulary + postings chunks, theme/assets/js/search-split.js) answers every query with lunr's
/// own results over the whole index: tests/lunr-reference/split-queries.js compares, in Node, refs, scores (the same
/// double, Object.is) and match data against <c>lunr.Index.load</c> of the index JSON (which other tests prove equal
/// to what lunr.js builds), for sampled words, multi-word, <c>+</c>/<c>-</c>, wildcards, edit distance, field-scoped
/// and boosted queries, and for the site's query semantics incl. the typo fallback. Chunks are made small here so
/// that queries span many of them.
/// </summary>
public sealed class SplitIndexDifferentialTests(ITestOutputHelper output)
{
    private static LunrTestEnvironment Env => LunrTestEnvironment.Instance;

    public static TheoryData<string> Languages() => new() { "en", "it", "fr", "fi", "de", "nl" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Sample_fixture_split_search_equals_lunr(string language) => AssertSameSearch(RepoPaths.Fixture("sample") + "/cases", language, chunkPostings: 40);

    /// <summary>Refs of any other form than the catalogue's section refs are written as strings, and read back as such.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public void Other_refs_are_written_as_strings_and_search_equals_lunr(string language) =>
        AssertSameSearch(RepoPaths.Fixture("sample") + "/cases", language, chunkPostings: 40, rename: r => r.EndsWith(".1", StringComparison.Ordinal) ? "0" + r : r);

    [Theory]
    [InlineData("0.0", 0, 0)]
    [InlineData("a.12", 10, 12)]
    [InlineData("1z.3", 71, 3)]
    [InlineData("zik0zj.2147483647", int.MaxValue, int.MaxValue)]
    public void A_section_ref_is_read_as_javascript_writes_it(string reference, int number, int section)
    {
        Assert.True(LunrIndexSplit.TryParseSectionRef(reference, out var parsed));
        Assert.Equal((number, section), parsed);
    }

    [Theory]
    [InlineData("01.2")] // JavaScript writes 1 in base 36 as "1"
    [InlineData("1.02")]
    [InlineData("A.1")] // base 36 in lower case
    [InlineData("1.")]
    [InlineData(".1")]
    [InlineData("1")]
    [InlineData("1.2.3")]
    [InlineData("1.-2")]
    [InlineData("zik0zk.0")] // past int.MaxValue
    [InlineData("1.2147483648")]
    [InlineData("case-a.1")]
    public void Other_refs_are_not_section_refs(string reference) => Assert.False(LunrIndexSplit.TryParseSectionRef(reference, out _));

    [Theory]
    [MemberData(nameof(Languages))]
    public void Generated_library_split_search_equals_lunr(string language)
    {
        var script = FindCorpusScript();
        if (script is null)
        {
            output.WriteLine("shared/bench/make_corpus.py was not found above the repository: the generated library is not compared.");
            return;
        }
        using var temp = new TempFolder();
        var python = Process.Start(new ProcessStartInfo("python3", [script, "--n", "240", "--out", temp["cases"], "--layout", "caselib"])
        { RedirectStandardOutput = true, RedirectStandardError = true })!;
        python.StandardOutput.ReadToEnd();
        python.WaitForExit();
        Assert.Equal(0, python.ExitCode);
        AssertSameSearch(temp["cases"], language, chunkPostings: 1500);
    }

    [Fact]
    public void Published_split_is_the_built_split_and_each_term_is_in_one_chunk()
    {
        var result = Build(RepoPaths.Fixture("sample") + "/cases");
        foreach (var language in result.Model!.Config.Languages)
        {
            using var entry = System.Text.Json.JsonDocument.Parse(result.Files.Single(f => f.Path == SearchStage.SplitIndexPath(language)).Bytes);
            using var vocabulary = Gzip.Json(result.Files.Single(f => f.Path == SearchStage.TermsPath(language)).Bytes);
            var terms = vocabulary.RootElement.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToList();
            var firsts = entry.RootElement.GetProperty("first").EnumerateArray().Select(c => c.GetString()!).ToList();
            Assert.Equal(terms.Count, entry.RootElement.GetProperty("terms").GetInt32());
            Assert.Equal(terms.OrderBy(t => t, StringComparer.Ordinal), terms);
            var inChunks = new List<string>();
            for (var c = 0; c < firsts.Count; c++)
            {
                using var chunk = Gzip.Json(result.Files.Single(f => f.Path == SearchStage.ChunkPath(language, c)).Bytes);
                var chunkTerms = chunk.RootElement.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToList();
                Assert.Equal(firsts[c], chunkTerms[0]);
                inChunks.AddRange(chunkTerms);
            }
            Assert.Equal(terms, inChunks);
            Assert.DoesNotContain(result.Files, f => f.Path == SearchStage.ChunkPath(language, firsts.Count));
        }
    }

    private static BuildResult Build(string library)
    {
        var result = new BuildPipeline().Run(new BuildOptions(library, RepoPaths.Theme, "unused", DisplayRoot: RepoPaths.Root) { SearchPath = TestPrograms.SearchPath }, write: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private void AssertSameSearch(string library, string language, int chunkPostings, Func<string, string>? rename = null)
    {
        var result = Build(library);
        var strings = CaseLibrary.Rendering.UiStringsParser.Parse(
            Directory.GetFiles(Path.Combine(RepoPaths.Theme, "i18n"), "*.yaml").ToDictionary(
                f => Path.GetFileNameWithoutExtension(f), f => new CaseLibrary.Loading.SourceFile(f, File.ReadAllText(f))),
            "en", new CaseLibrary.Diagnostics.DiagnosticBag());
        var documents = SearchCatalog.Documents(result.Model!, language, code => strings.Find(language, "countries_names." + code) ?? code, key => strings.Get(language, key));
        Assert.NotEmpty(documents);
        if (rename is not null) documents = documents.Select(d => d with { Ref = rename(d.Ref) }).ToList();
        var built = new LunrIndexBuilder().Build(Env.Pipeline(language), SearchCatalog.Fields, documents, withJson: true, chunkPostings: chunkPostings);
        Assert.True(built.Split.Chunks.Count > 1, $"{language}: one chunk only; the test needs several");
        // The catalogue's section refs are written as numbers; any other ref makes every chunk write its refs as strings.
        var sectionRefs = documents.All(d => LunrIndexSplit.TryParseSectionRef(d.Ref, out _));
        Assert.Equal(rename is null, sectionRefs);
        Assert.All(built.Split.Chunks, chunk => Assert.Contains(sectionRefs ? "\"sections\":[" : "\"refs\":[", chunk));

        var input = new StringBuilder("{\"language\":").Append(JsonText.String(language))
            .Append(",\"index\":").Append(built.Json).Append(",\"split\":").Append(built.Split.Index).Append(",\"terms\":").Append(built.Split.Terms)
            .Append(",\"chunks\":[").AppendJoin(',', built.Split.Chunks).Append("],\"samples\":30}");
        var answers = Env.RunReference("split-queries.js", input.ToString());
        output.WriteLine(answers.Length > 2000 ? answers[..2000] : answers);
        using var report = System.Text.Json.JsonDocument.Parse(answers);
        Assert.Empty(report.RootElement.GetProperty("differences").EnumerateArray().Select(d => d.GetString()));
        Assert.True(report.RootElement.GetProperty("queries").GetInt32() >= 100, answers);
        // German and Dutch read some of the sampled compounds as two words (so the split index loads their parts).
        if (language is "de" or "nl") Assert.True(report.RootElement.GetProperty("compoundSplits").GetInt32() > 0, answers);
        Assert.True(report.RootElement.GetProperty("semantic").GetInt32() >= 20, answers);
        Assert.True(report.RootElement.GetProperty("results").GetInt32() > 0, answers);
        // A cold one-word query (word, prefix, edit distance 1) loads some chunks, not all of them.
        Assert.InRange(report.RootElement.GetProperty("coldChunksMax").GetInt32(), 1, built.Split.Chunks.Count - 1);
        // A word or a prefix never needs the whole vocabulary (terms.json): its chunks hold every term it can match.
        Assert.Equal(0, report.RootElement.GetProperty("plainLoadedVocabulary").GetInt32());
    }

    private static string? FindCorpusScript()
    {
        for (var directory = new DirectoryInfo(RepoPaths.Root); directory is not null; directory = directory.Parent)
        {
            var script = Path.Combine(directory.FullName, "shared", "bench", "make_corpus.py");
            if (File.Exists(script)) return script;
        }
        return null;
    }
}
