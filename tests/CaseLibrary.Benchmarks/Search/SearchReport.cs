using System.Globalization;
using CaseLibrary.Benchmarks.Shared;
using CaseLibrary.Search;

namespace CaseLibrary.Benchmarks.Search;

/// <summary>Collects the search mode's measurements and prints them as four tables with the issue's goals.</summary>
public sealed class SearchReport(TextWriter output, int reps)
{
    private const double SpeedGoal = 5, SizeGoal = 0.35, FirstResultGoalMs = 300, SmallFirstResultGoalMs = 200, LongTaskGoalMs = 50, FetchGoalKb = 300;

    /// <summary>Issue 14: first result <= 200 ms at 1,000 cases, <= 300 ms (and <= 300 kB fetched) at 16,000.</summary>
    private static double FirstResultGoal(int size) => size <= 1000 ? SmallFirstResultGoalMs : FirstResultGoalMs;

    private readonly ResultsTable _build = new(
        $"(a) Index build time per language, ms: median (min–max) of {reps} rounds after a warm-up. C# = the index as the build publishes it (the split index, " +
        "serialized), with the Node host for lunr-languages' functions started and its scripts loaded (its start is the last column: once per build, " +
        "not for English); lunr.js = from loading the language's lunr-languages script to JSON.stringify, in a Node already started; node process = whole `node bench-index.js` run; " +
        $"byte-identical: lunr's serialization of our index = lunr.js's. Goal: C# >= {SpeedGoal}x faster.",
        "cases", "lang", ">docs", ">C# (ms)", ">lunr.js (ms)", ">node process (ms)", ">lunr.js / C#", "byte-identical", ">peak RSS C# / node (MB)", ">host start (ms)");
    private readonly ResultsTable _size = new(
        $"(b) Download per language: index + store, gzip (.NET GZip Optimal; gzip -9 in the last column), KB. Ours = index.pack.json + store.json, " +
        $"what the search worker fetches; for comparison, lunr's own index.json (published with --lunr-index) + store.json. Goal: ours <= {SizeGoal}x naive.",
        "cases", "lang", ">docs", ">ours raw", ">ours gz", ">naive raw", ">naive gz", ">ours / naive", "goal", ">ratio gzip -9", ">index.json + store gz", ">its ratio");
    private readonly ResultsTable _anatomy = new(
        "(b') Where the gzipped bytes of lunr's serialization (index.json) go, KB: invertedIndex (terms and postings), fieldVectors (per document and field), store; vocabulary.",
        "cases", "lang", ">ours index", ">ours inverted", ">ours vectors", ">ours store", ">ours terms", ">body-only terms", ">naive index", ">naive inverted", ">naive vectors", ">naive store", ">naive terms");
    private readonly ResultsTable _split = new(
        "(b'') The split index the search worker loads piece by piece (search/split/): gzip KB (.NET GZip Optimal). A query fetches index.json " +
        "once per language, then the chunks that hold its words' terms; terms.json (the whole vocabulary) only for edit distance, leading wildcards, " +
        "the typo fallback and German/Dutch compound parts. Bound for a one-word query: index.json + the 2 largest chunks (the whole pack and the store for comparison).",
        "cases", "lang", ">terms", ">index.json gz", ">terms.json gz", ">chunks", ">chunk gz median", ">chunk gz max", ">index.json + 2 largest chunks", ">whole pack gz", ">store gz");
    private readonly ResultsTable _browser = new(
        $"(c) Headless Chromium, en search page, {reps} runs after a warm-up: ms median (min–max); longest main-thread task over all runs. " +
        $"Goal: first result <= {SmallFirstResultGoalMs:F0} ms at 1,000 cases, <= {FirstResultGoalMs:F0} ms and <= {FetchGoalKb:F0} KB fetched at larger sizes; no task > {LongTaskGoalMs:F0} ms. " +
        "KB gz fetched: every file a cold load fetched besides the page until its first result (worker and stemmer scripts, styles, index, store, result files), " +
        "each gzip-sized (.NET GZip Optimal), median; of which: index = the split index's entry, vocabulary and chunks; store = store.json; results = the result files of the results shown.",
        "cases", "scenario", "query", ">results", ">ms", ">KB gz fetched", ">index", ">store", ">results", ">requests", ">longest task (ms)", ">long tasks/run", "goal");
    private readonly ResultsTable _load = new(
        "(c') Where the time to first result goes: the worker's steps timed in Node on the published files, ms median (min–max).",
        "cases", "lang", ">index.pack.json (KB)", ">JSON.parse pack", ">loadPack (lunr.Index)", ">JSON.parse store", ">query", "query word");
    private readonly ResultsTable _milestones = new(
        "(c'') A cold load step by step in Chromium: ms from navigation start, median over the cold runs.",
        "cases", "scenario", ">DOMContentLoaded", ">worker created", ">worker ready (scripts loaded)", ">results received", ">first result in DOM");
    private readonly List<string> _notes = new();

    public bool AllIdentical { get; private set; } = true;

    public void AddTimings(int size, IReadOnlyList<LanguageTiming> timings, IReadOnlyList<double> oneHostMs)
    {
        foreach (var t in timings)
        {
            AllIdentical &= t.Identical;
            _build.Add(size, t.Language, t.Documents, Statistics.Spread(t.CSharpMs), Statistics.Spread(t.NodeBuildMs), Statistics.Spread(t.NodeProcessMs),
                Ratio(Statistics.Median(t.NodeBuildMs) / Statistics.Median(t.CSharpMs)), t.Identical ? "yes" : "NO",
                $"{Mb(t.CSharpPeakRssKb)} / {Mb(t.NodePeakRssKb)}", t.Language == "en" || t.HostStartMs is not { Count: > 0 } ? "" : Statistics.Spread(t.HostStartMs));
        }
        // All languages one after the other, per round (the build runs them in parallel; this is the total work).
        var rounds = Enumerable.Range(0, timings[0].CSharpMs.Count).ToList();
        var cs = rounds.Select(r => timings.Sum(t => t.CSharpMs[r])).ToList();
        var js = rounds.Select(r => timings.Sum(t => t.NodeBuildMs[r])).ToList();
        var proc = rounds.Select(r => timings.Sum(t => t.NodeProcessMs[r])).ToList();
        _build.Add(size, "all", timings.Sum(t => t.Documents), Statistics.Spread(cs), Statistics.Spread(js), Statistics.Spread(proc),
            Ratio(Statistics.Median(js) / Statistics.Median(cs)), timings.All(t => t.Identical) ? "yes" : "NO", "", "");
        // The same work as the build does it: one Node host for the lunr-languages functions, started once.
        _build.Add(size, "all, one host", timings.Sum(t => t.Documents), Statistics.Spread(oneHostMs.ToList()), Statistics.Spread(js), Statistics.Spread(proc),
            Ratio(Statistics.Median(js) / Statistics.Median(oneHostMs.ToList())), timings.All(t => t.Identical) ? "yes" : "NO", "", "");
        _notes.Add("(a) 'all' adds the language rows (without the host's start); 'all, one host' is the search stage's whole work: one Node host " +
            "started (timed) and every language built in turn with it (the build also runs them in parallel).");
    }

    public void AddSplit(int size, IReadOnlyList<LanguageTiming> timings, Func<string, string> store)
    {
        foreach (var t in timings.Where(t => t.Split is not null))
        {
            var chunks = t.Split!.Chunks.Select(c => Gzip.Size(c)).OrderBy(c => c).ToList();
            using var entry = System.Text.Json.JsonDocument.Parse(t.Split.Index);
            var entryGz = Gzip.Size(t.Split.Index);
            _split.Add(size, t.Language, entry.RootElement.GetProperty("terms").GetInt32(), Kb(entryGz), Kb(Gzip.Size(t.Split.Terms)), chunks.Count,
                Kb((long)Statistics.Median(chunks.Select(c => (double)c).ToList())), Kb(chunks[^1]), Kb(entryGz + chunks.TakeLast(2).Sum()),
                Kb(Gzip.Size(t.Pack)), Kb(Gzip.Size(store(t.Language))));
        }
    }

    public void AddSizes(int size, IReadOnlyList<LanguageSize> sizes)
    {
        foreach (var s in sizes)
        {
            _size.Add(size, s.Language, s.Documents, Kb(s.Ours.Raw), Kb(s.Ours.Gz), Kb(s.Naive.Raw), Kb(s.Naive.Gz), Ratio(s.Ratio),
                s.Ratio <= SizeGoal ? "met" : $"missed by {(s.Ratio / SizeGoal - 1) * 100:F0}%", Ratio9(s.Ours.Gz9, s.Naive.Gz9),
                Kb(s.OursLunrJson.Gz), Ratio((double)s.OursLunrJson.Gz / s.Naive.Gz));
            _anatomy.Add(size, s.Language, Kb(s.OursLunrJson.IndexGz), Kb(s.OursAnatomy.InvertedIndexGz), Kb(s.OursAnatomy.FieldVectorsGz), Kb(s.Ours.StoreGz),
                s.OursAnatomy.Terms, $"{100.0 * s.OursAnatomy.BodyOnlyTerms / s.OursAnatomy.Terms:F0}%",
                Kb(s.Naive.IndexGz), Kb(s.NaiveAnatomy.InvertedIndexGz), Kb(s.NaiveAnatomy.FieldVectorsGz), Kb(s.Naive.StoreGz), s.NaiveAnatomy.Terms);
        }
        long ours = sizes.Sum(s => s.Ours.Gz), naive = sizes.Sum(s => s.Naive.Gz);
        long? ours9 = sizes.All(s => s.Ours.Gz9 is not null) ? sizes.Sum(s => s.Ours.Gz9!.Value) : null;
        long? naive9 = sizes.All(s => s.Naive.Gz9 is not null) ? sizes.Sum(s => s.Naive.Gz9!.Value) : null;
        var ratio = (double)ours / naive;
        _size.Add(size, "all", sizes.Sum(s => s.Documents), Kb(sizes.Sum(s => s.Ours.Raw)), Kb(ours), Kb(sizes.Sum(s => s.Naive.Raw)), Kb(naive),
            Ratio(ratio), ratio <= SizeGoal ? "met" : $"missed by {(ratio / SizeGoal - 1) * 100:F0}%", Ratio9(ours9, naive9),
            Kb(sizes.Sum(s => s.OursLunrJson.Gz)), Ratio((double)sizes.Sum(s => s.OursLunrJson.Gz) / naive));
    }

    public void AddBrowser(int size, IReadOnlyList<QueryTiming> timings)
    {
        foreach (var t in timings)
        {
            var ms = t.Runs.Select(r => r.Ms).ToList();
            var longest = t.Runs.Max(r => r.LongestTaskMs);
            var met = Statistics.Median(ms) <= FirstResultGoal(size) && longest <= LongTaskGoalMs
                && (size <= 1000 || t.Runs.All(r => r.Bytes is not null && r.Bytes.Total <= FetchGoalKb * 1024));
            var goal = t.Scenario.StartsWith("typing", StringComparison.Ordinal) ? (longest <= LongTaskGoalMs ? "no long task" : "long task") : met ? "met" : "missed";
            string Kb(Func<Transfer, long> pick) => t.Runs.All(r => r.Bytes is not null)
                ? (Statistics.Median(t.Runs.Select(r => (double)pick(r.Bytes!)).ToList()) / 1024).ToString("F0", CultureInfo.InvariantCulture) : "";
            var requests = t.Runs.All(r => r.Bytes is not null) ? t.Runs[^1].Bytes!.Requests.ToString(CultureInfo.InvariantCulture) : "";
            _browser.Add(size, t.Scenario, t.Query, t.Runs[^1].Results, Statistics.Spread(ms), Kb(b => b.Total), Kb(b => b.Index), Kb(b => b.Store), Kb(b => b.Results), requests,
                longest.ToString("F0", CultureInfo.InvariantCulture),
                Statistics.Median(t.Runs.Select(r => (double)r.LongTasks).ToList()).ToString("F1", CultureInfo.InvariantCulture), goal);
        }
        foreach (var t in timings.Where(t => t.Runs.All(r => r.Milestones is not null) && t.Runs.Count > 0))
        {
            double Median(Func<ColdMilestones, double> pick) => Statistics.Median(t.Runs.Select(r => pick(r.Milestones!)).ToList());
            _milestones.Add(size, t.Scenario, F(Median(m => m.DomContentLoaded)), F(Median(m => m.WorkerCreated)), F(Median(m => m.WorkerReady)),
                F(Median(m => m.ResultsReceived)), F(Statistics.Median(t.Runs.Select(r => r.Ms).ToList())));
        }
        _notes.Add("typing = last keystroke to results in the DOM; it includes search.js's 200 ms input debounce.");
    }

    public void AddLoadSteps(int size, string lang, string word, LoadSteps steps) =>
        _load.Add(size, lang, Kb(steps.IndexBytes), Statistics.Spread(steps.ParseMs), Statistics.Spread(steps.LoadMs),
            Statistics.Spread(steps.StoreMs, "F1"), Statistics.Spread(steps.QueryMs, "F1"), word);

    /// <summary>Checks that the files the site build published are the ones measured (same index and store bytes).</summary>
    public void CheckPublished(string site, IReadOnlyList<LanguageTiming> timings, CorpusModel model)
    {
        foreach (var t in timings)
        {
            var index = File.ReadAllText(Path.Combine(site, SearchStage.IndexPath(t.Language)));
            var pack = File.ReadAllText(Path.Combine(site, SearchStage.PackPath(t.Language)));
            var store = File.ReadAllText(Path.Combine(site, SearchStage.StorePath(t.Language)));
            var same = index == t.Index && pack == t.Pack && store == model.Store(t.Language);
            AllIdentical &= same;
            if (!same) _notes.Add($"the site's {t.Language}/search files differ from the measured ones");
        }
        _notes.Add($"the built site's {string.Join(", ", timings.Select(t => t.Language))} index.json, index.pack.json and store.json were compared with the measured ones: {(AllIdentical ? "identical" : "NOT identical")}.");
    }

    public void Print()
    {
        _build.Print(output);
        _size.Print(output);
        _anatomy.Print(output);
        _split.Print(output);
        _browser.Print(output);
        _milestones.Print(output);
        _load.Print(output);
        if (_notes.Count > 0) output.WriteLine();
        foreach (var note in _notes.Distinct()) output.WriteLine("Note: " + note);
    }

    private static string F(double ms) => ms.ToString("F0", CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("F2", CultureInfo.InvariantCulture) + "x";

    private static string Ratio9(long? ours, long? naive) => ours is null || naive is null ? "n/a" : Ratio((double)ours.Value / naive.Value);

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("F0", CultureInfo.InvariantCulture);

    private static string Mb(long? kb) => kb is null ? "n/a" : (kb.Value / 1024.0).ToString("F0", CultureInfo.InvariantCulture);
}
