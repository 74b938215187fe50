using System.Diagnostics;
using System.Text;
using CaseLibrary.Benchmarks.Shared;
using CaseLibrary.Search;

namespace CaseLibrary.Benchmarks.Search;

/// <summary>The measurements of one language at one corpus size (warm-up dropped).</summary>
/// <param name="CSharpMs">The index built as the build's search stage builds it (split index, its serialization included),
/// with the Node host for lunr-languages' functions already started and its scripts loaded, as lunr.js's time
/// (<paramref name="NodeBuildMs"/>: from loading the language's lunr-languages script to JSON.stringify) has Node started.</param>
/// <param name="HostStartMs">Starting that Node host and loading lunr-languages into it: once per build, shared by every language but English.</param>
public sealed record LanguageTiming(
    string Language, int Documents, List<double> CSharpMs, List<double> NodeBuildMs, List<double> NodeProcessMs,
    long? CSharpPeakRssKb, long? NodePeakRssKb, bool Identical, string Index, string Pack, SplitIndex? Split = null, List<double>? HostStartMs = null);

/// <summary>
/// (a) Index build time per language: the generator's C# builder in this process, on the path the build's search
/// stage takes (a fresh <see cref="LanguagePipeline"/>, <see cref="SearchCatalog"/>'s fields and documents,
/// <see cref="LunrIndexBuilder"/>), against lunr.js + lunr-languages in Node on the same documents. Repetitions
/// are interleaved (C# and Node alternate, languages in turn); the first round is a warm-up. Every round
/// checks that both outputs are byte-identical.
/// </summary>
public sealed class IndexBuildTiming(CorpusModel corpus, LunrNode node, string workFolder, int reps, TextWriter log)
{
    /// <summary>
    /// Per measured round: every language built one after another with one Node host started once, as the build's search
    /// stage does (it also runs the languages in parallel; here they run in turn, so the work compares with lunr.js's).
    /// </summary>
    public List<double> OneHostMs { get; } = [];

    public IReadOnlyList<LanguageTiming> Run(int size)
    {
        var languages = corpus.Languages;
        var docs = languages.ToDictionary(l => l, corpus.Documents);
        var inputs = languages.ToDictionary(l => l, l => node.WriteCaselibInput($"caselib-{size}-{l}.json", l, SearchCatalog.Fields, docs[l]));
        var results = languages.ToDictionary(l => l, l => new LanguageTiming(l, docs[l].Count, [], [], [], null, null, true, "", "", HostStartMs: []));

        for (var round = 0; round <= reps; round++)
        {
            var warmUp = round == 0;
            log.Write($"  {size} cases, {(warmUp ? "warm-up" : $"round {round}/{reps}")}:");
            foreach (var lang in languages)
            {
                var current = results[lang];
                var output = Path.Combine(workFolder, $"node-index-{size}-{lang}.json");
                // Alternate who goes first, so neither side always runs on a cache the other warmed.
                NodeBuild? nodeRun = null;
                if (round % 2 == 1) nodeRun = node.Build("caselib", inputs[lang], output);
                var (startMs, ms, peak, built) = BuildInProcess(lang, docs[lang]);
                nodeRun ??= node.Build("caselib", inputs[lang], output);

                var identical = Encoding.UTF8.GetBytes(built.Json ?? throw new BenchFailedException("the index was built without its JSON")).AsSpan().SequenceEqual(File.ReadAllBytes(output));
                current = current with
                {
                    Identical = current.Identical && identical,
                    Index = built.Json,
                    Pack = built.Pack ?? throw new BenchFailedException("the index was built without its pack"),
                    Split = built.Split,
                    CSharpPeakRssKb = Max(current.CSharpPeakRssKb, peak),
                    NodePeakRssKb = Max(current.NodePeakRssKb, nodeRun.PeakRssKb),
                };
                if (!warmUp)
                {
                    current.CSharpMs.Add(ms);
                    current.HostStartMs!.Add(startMs);
                    current.NodeBuildMs.Add(nodeRun.BuildMs);
                    current.NodeProcessMs.Add(nodeRun.ProcessMs);
                }
                results[lang] = current;
                log.Write($" {lang} {ms:F0}/{nodeRun.BuildMs:F0} (host {startMs:F0}){(identical ? "" : " DIFFERENT")}");
            }
            var oneHost = BuildAllWithOneHost(languages, docs, results);
            if (!warmUp) OneHostMs.Add(oneHost);
            log.WriteLine($" all with one host {oneHost:F0}");
        }
        return languages.Select(l => results[l]).ToList();
    }

    /// <summary>
    /// One language as the search stage builds it: lunr-languages' functions in one batched Node child, whose start and
    /// script loading are timed apart (lunr.js's time starts in a Node already running, with lunr loaded); then, with the same
    /// pipeline and untimed, lunr's own serialization (index.json) and the pack, compared byte for byte with lunr.js's.
    /// Returns the host's start, the build's ms, peak RSS (kB) and the built index.
    /// </summary>
    private (double StartMs, double Ms, long? PeakRssKb, BuiltIndex Built) BuildInProcess(string lang, IReadOnlyList<SearchDocument> docs)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        PeakMemory.Reset();
        var clock = Stopwatch.StartNew();
        // TryStart returns once the child has loaded lunr.js and lunr-languages.
        using var host = NodeScriptHost.TryStart(corpus.Scripts, BenchPrograms.Node) ?? throw new BenchFailedException("node could not be started");
        var startMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var pipeline = LanguagePipeline.Create(lang, host);
        var published = new LunrIndexBuilder().Build(pipeline, SearchCatalog.Fields, docs, withJson: false, withPack: false);
        clock.Stop();
        var peak = PeakMemory.PeakKb;
        var whole = new LunrIndexBuilder().Build(pipeline, SearchCatalog.Fields, docs);
        if (whole.Split != published.Split && !SameSplit(whole.Split, published.Split))
            throw new BenchFailedException($"{lang}: the split index differs between two builds of the same documents");
        return (startMs, clock.Elapsed.TotalMilliseconds, peak, whole);
    }

    private static bool SameSplit(SplitIndex a, SplitIndex b) => a.Index == b.Index && a.Terms == b.Terms && a.Chunks.SequenceEqual(b.Chunks);

    private double BuildAllWithOneHost(IReadOnlyList<string> languages, Dictionary<string, IReadOnlyList<SearchDocument>> docs,
        Dictionary<string, LanguageTiming> results)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var built = new Dictionary<string, BuiltIndex>();
        using (var host = NodeScriptHost.TryStart(corpus.Scripts, BenchPrograms.Node) ?? throw new BenchFailedException("node could not be started"))
        {
            foreach (var lang in languages) built[lang] = new LunrIndexBuilder().Build(LanguagePipeline.Create(lang, host), SearchCatalog.Fields, docs[lang], withJson: false, withPack: false);
        }
        clock.Stop();
        foreach (var lang in languages)
            if (results[lang].Split is not { } split || !SameSplit(built[lang].Split, split)) results[lang] = results[lang] with { Identical = false };
        return clock.Elapsed.TotalMilliseconds;
    }

    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
