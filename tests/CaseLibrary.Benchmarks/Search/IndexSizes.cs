using System.Text.Json;
using CaseLibrary.Benchmarks.Shared;
using CaseLibrary.Rendering;

namespace CaseLibrary.Benchmarks.Search;

/// <summary>Bytes of one downloaded pair (index + store): raw, gzip (GZipStream Optimal), gzip -9.</summary>
public sealed record PairSize(long IndexRaw, long StoreRaw, long IndexGz, long StoreGz, long? Gz9)
{
    public long Raw => IndexRaw + StoreRaw;

    public long Gz => IndexGz + StoreGz;
}

/// <summary>Where one index's compressed bytes go: its term dictionary vs its document vectors, and its vocabulary.</summary>
public sealed record IndexAnatomy(long InvertedIndexGz, long FieldVectorsGz, int Terms, int BodyOnlyTerms);

public sealed record LanguageSize(string Language, int Documents, PairSize Ours, PairSize OursLunrJson, PairSize Naive, IndexAnatomy OursAnatomy, IndexAnatomy NaiveAnatomy)
{
    public double Ratio => (double)Ours.Gz / Naive.Gz;
}

/// <summary>
/// (b) What a visitor downloads to search one language: our index.pack.json + store.json (what search-worker.js
/// fetches; index.json, lunr's own serialization of the same index, is measured too) against a naive
/// lunr site's index (full URL refs; title, summary, body; no CaseLibrary folding) + its url/title/summary array,
/// both gzipped. The naive index is built by real lunr.js in Node from the same model.
/// </summary>
public sealed class IndexSizes(CorpusModel corpus, LunrNode node, string workFolder)
{
    public IReadOnlyList<LanguageSize> Measure(int size, IReadOnlyList<LanguageTiming> built)
    {
        var results = new List<LanguageSize>();
        var urls = new SiteUrls(corpus.Model.Config);
        foreach (var timing in built)
        {
            var lang = timing.Language;
            var oursIndex = Save($"ours-{size}-{lang}-index.json", timing.Index);
            var oursPack = Save($"ours-{size}-{lang}-index.pack.json", timing.Pack);
            var oursStore = Save($"ours-{size}-{lang}-store.json", corpus.Store(lang));

            var naiveDocs = corpus.Model.Cases
                .Select(study => (study, version: study.In(lang)))
                .Where(x => x.version is not null)
                .Select(x => (urls.Absolute(SiteUrls.Case(lang, x.study.Id)), x.version!.Title, x.version.Summary, string.Join("\n", x.version.Body.Sections.Select(s => s.Heading + "\n" + s.Text))));
            var input = node.WriteNaiveInput($"naive-{size}-{lang}.json", lang, naiveDocs);
            var naiveIndex = Path.Combine(workFolder, $"naive-{size}-{lang}-index.json");
            var naiveStore = Path.Combine(workFolder, $"naive-{size}-{lang}-store.json");
            node.Build("naive", input, naiveIndex, naiveStore);

            results.Add(new LanguageSize(lang, timing.Documents,
                Pair(oursPack, oursStore), Pair(oursIndex, oursStore), Pair(naiveIndex, naiveStore), Anatomy(oursIndex), Anatomy(naiveIndex)));
        }
        return results;
    }

    private string Save(string name, string text)
    {
        var path = Path.Combine(workFolder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static PairSize Pair(string index, string store)
    {
        var indexBytes = File.ReadAllBytes(index);
        var storeBytes = File.ReadAllBytes(store);
        var gz9 = Gzip.Size9(index) is { } a && Gzip.Size9(store) is { } b ? a + b : (long?)null;
        return new PairSize(indexBytes.Length, storeBytes.Length, Gzip.Size(indexBytes), Gzip.Size(storeBytes), gz9);
    }

    /// <summary>Compressed size of the two big parts of a serialized lunr index, and how many terms only the body has.</summary>
    private static IndexAnatomy Anatomy(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement;
        var inverted = root.GetProperty("invertedIndex");
        var bodyOnly = 0;
        foreach (var entry in inverted.EnumerateArray())
        {
            var fields = entry[1].EnumerateObject()
                .Where(p => p.Name != "_index" && p.Value.EnumerateObject().Any())
                .Select(p => p.Name)
                .ToList();
            if (fields is ["body"]) bodyOnly++;
        }
        return new IndexAnatomy(Gzip.Size(inverted.GetRawText()), Gzip.Size(root.GetProperty("fieldVectors").GetRawText()),
            inverted.GetArrayLength(), bodyOnly);
    }
}
