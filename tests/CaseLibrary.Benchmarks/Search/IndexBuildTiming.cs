using System.Diagnostics;
using System.Text;
using CaseLibrary.Benchmarks.Shared;
using CaseLibrary.Search;

namespace CaseLibrary.Benchmarks.Search;

/// <summary>The measurements of one language at one corpus size (warm-up dropped).</summary>
public sealed record LanguageTiming(
    string Language, int Documents, List<double> CSharpMs, List<double> NodeBuildMs, List<double> NodeProcessMs,
    long? CSharpPeakRssKb, long? NodePeakRssKb, bool Identical, string Index, string Pack, SplitIndex? Split = null);

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
        var results = languages.ToDictionary(l => l, l => new LanguageTiming(l, docs[l].Count, [], [], [], null, null, true, "", ""));

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
                var (ms, peak, built) = BuildInProcess(lang, docs[lang]);
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
                    current.NodeBuildMs.Add(nodeRun.BuildMs);
                    current.NodeProcessMs.Add(nodeRun.ProcessMs);
                }
                results[lang] = current;
                log.Write($" {lang} {ms:F0}/{nodeRun.BuildMs:F0}{(identical ? "" : " DIFFERENT")}");
            }
            var oneHost = BuildAllWithOneHost(languages, docs, results);
            if (!warmUp) OneHostMs.Add(oneHost);
            log.WriteLine($" all with one host {oneHost:F0}");
        }
        return languages.Select(l => results[l]).ToList();
    }

    /// <summary>One language as the search stage builds it (Node host for the stemmers; index.json and the pack); returns ms, peak RSS (kB) and both.</summary>
    private (double Ms, long? PeakRssKb, BuiltIndex Built) BuildInProcess(string lang, IReadOnlyList<SearchDocument> docs)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        PeakMemory.Reset();
        var clock = Stopwatch.StartNew();
        // As the search stage does: lunr-languages' functions in one batched Node child (its start is timed too).
        using var host = NodeScriptHost.TryStart(corpus.Scripts, BenchPrograms.Node) ?? throw new BenchFailedException("node could not be started");
        var pipeline = LanguagePipeline.Create(lang, host);
        var built = new LunrIndexBuilder().Build(pipeline, SearchCatalog.Fields, docs);
        clock.Stop();
        return (clock.Elapsed.TotalMilliseconds, PeakMemory.PeakKb, built);
    }

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
            foreach (var lang in languages) built[lang] = new LunrIndexBuilder().Build(LanguagePipeline.Create(lang, host), SearchCatalog.Fields, docs[lang]);
        }
        clock.Stop();
        foreach (var lang in languages)
            if (built[lang].Json != results[lang].Index) results[lang] = results[lang] with { Identical = false };
        return clock.Elapsed.TotalMilliseconds;
    }

    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
