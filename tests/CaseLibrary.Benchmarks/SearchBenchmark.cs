using CaseLibrary.Benchmarks.Search;
using CaseLibrary.Benchmarks.Shared;

namespace CaseLibrary.Benchmarks;

/// <summary>
/// Mode "search" (issue 3): (a) index build time, C# vs lunr.js, with a byte-identity check; (b) gzip size of the
/// published index + store vs a naive lunr index; (c) time to first result and long tasks in headless Chromium;
/// (d) relevance of judged queries on the real library and the sample fixture, before and after the query semantics of issue 14.
/// </summary>
public static class SearchBenchmark
{
    private const string Usage = """
        usage: search [--sizes 1000,4000] [--reps 5] [--browser-size 1000] [--no-browser] [--browser-only] [--relevance-only] [--waterfall] [--latency MS] [--browser-lang en]
                      [--corpus-script ../shared/bench/make_corpus.py] [--work artifacts/bench/search] [--base-url URL]
          --sizes          corpus sizes (cases) for index build time and size
          --reps           measured repetitions after one warm-up (median reported; at least 1, 5 or more for figures)
          --browser-size   corpus size of the site built for the Chromium timing
          --no-browser     skip the Chromium timing (and the site build)
          --waterfall      print each request of the last round's cold loads (start and end, ms)
          --latency        add this many ms to every request of the page and its worker (Chromium's network emulation,
                           as DevTools throttles): a phone's round trips instead of loopback's
          --browser-lang   the language of the search page timed in Chromium (default en; each language's worker loads its
                           own stemmer)
          --browser-only   only (c) at --browser-size: build that site and time it in Chromium, without (a), (b) and
                           (d) (at 16,000 cases (a) and (b) take ~30 minutes, mostly lunr.js in Node)
          --relevance-only only (d): judged queries (tests/relevance/) on the sites of cases/ and tests/fixtures/sample,
                           success@1, success@5 and MRR per language, before and after (takes ~1 minute)
          --corpus-script  make_corpus.py (default: ../shared/bench/make_corpus.py from the repository root)
          --work           where corpora, inputs and outputs go (corpora are reused between runs)
          --base-url       base URL for the site build (default: the corpus's library.yaml)
        """;

    public static async Task<int> RunAsync(BenchArgs args)
    {
        if (args.Has("help")) { Console.WriteLine(Usage); return 0; }
        args.RejectUnknown("sizes", "reps", "browser-size", "no-browser", "browser-only", "relevance-only", "waterfall", "latency", "browser-lang", "corpus-script", "work", "base-url", "help");
        var sizes = args.Ints("sizes", [1000, 4000], min: 1);
        var reps = args.Int("reps", 5, min: 1);
        var browserSize = args.Int("browser-size", 1000, min: 1);
        var browser = !args.Has("no-browser");
        var browserLang = args.String("browser-lang", "en");
        var work = Path.GetFullPath(args.String("work", RepoRoot.Combine("artifacts", "bench", "search")));
        var corpora = new CorpusGenerator(args.String("corpus-script", CorpusGenerator.DefaultScript), Path.Combine(work, "corpora"));
        // The synthetic corpus links to https://example.org/cases/<id>/report under its own base_url; since the
        // link checker reports such addresses as warnings (CL0602) the site builds with the corpus's base_url.
        // --base-url stays for older generators, where they were errors (CL0601): --base-url https://bench.invalid/.
        var baseUrl = args.Has("base-url") ? args.String("base-url", "") : null;
        var theme = RepoRoot.Combine("theme");
        var output = Console.Out;

        MachineInfo.Print(output, ("dotnet", "dotnet", ["--version"]), ("node", "node", ["--version"]),
            ("chromium", BrowserTests.Support.BrowserEnvironment.ChromiumPath, ["--version"]));
        output.WriteLine($"Run: sizes {string.Join(", ", sizes)}; {reps} measured rounds after 1 warm-up; work folder {work}");
        output.WriteLine($"Corpus script: {corpora.Script}");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var browserOnly = args.Has("browser-only");
        if (browserOnly) sizes = [browserSize];
        var relevance = new RelevanceJudging(output);
        if (!browserOnly) foreach (var (set, source) in new[] { ("library", RepoRoot.Combine("cases")), ("sample", RepoRoot.Combine("tests", "fixtures", "sample", "cases")) })
        {
            var site = SiteBuild.Build(source, theme, Path.Combine(work, "relevance-" + set), baseUrl: null);
            relevance.Judge(set, site.Folder, ["en", "it", "fr", "fi", "de", "nl"]);
        }
        if (args.Has("relevance-only"))
        {
            relevance.Print();
            output.WriteLine($"\nTotal run time {clock.Elapsed.TotalMinutes:F1} min.");
            return 0;
        }

        var report = new SearchReport(output, reps);
        foreach (var size in sizes.Distinct())
        {
            var folder = corpora.Ensure(size);
            var model = CorpusModel.Load(folder, theme);
            var node = new LunrNode(Path.Combine(work, "node"));
            var outputs = Path.Combine(work, "outputs");
            Directory.CreateDirectory(outputs);
            output.WriteLine($"{size} cases: {model.Model.Cases.Count} cases loaded; " +
                string.Join(", ", model.Languages.Select(l => $"{l} {model.Model.Cases.Count(c => c.In(l) is not null)}")));

            IReadOnlyList<LanguageTiming> timings = [];
            if (!browserOnly)
            {
                var buildTiming = new IndexBuildTiming(model, node, outputs, reps, output);
                timings = buildTiming.Run(size);
                report.AddTimings(size, timings, buildTiming.OneHostMs);
                report.AddSizes(size, new IndexSizes(model, node, outputs).Measure(size, timings));
                report.AddSplit(size, timings, model.Store);
            }

            if (browser && size == browserSize)
            {
                var site = SiteBuild.Build(folder, theme, Path.Combine(work, $"site-{size}"), baseUrl);
                output.WriteLine($"  site of {size} cases built in {site.Elapsed.TotalSeconds:F0} s: {site.Folder}");
                if (!browserOnly) report.CheckPublished(site.Folder, timings, model);
                if (!model.Languages.Contains(browserLang))
                    throw new BenchFailedException($"--browser-lang {browserLang}: the corpus has no such language ({string.Join(", ", model.Languages)})");
                var specific = QueryWords.Near(model.Model, browserLang, 0.02).First();
                var broad = QueryWords.Near(model.Model, browserLang, 0.25).First();
                var typed = QueryWords.Near(model.Model, browserLang, 0.02).Skip(1).First();
                output.WriteLine($"  queries: '{specific.Word}' ({specific.Cases} {browserLang} cases contain it), '{broad.Word}' ({broad.Cases}), typed '{typed.Word}' ({typed.Cases})");
                var browserTimings = await new FirstResultTiming(reps, output, args.Has("waterfall"), args.Int("latency", 0, 0))
                    .RunAsync(site.Folder, browserLang, [("specific word", specific.Word), ("common word", broad.Word)], typed.Word);
                report.AddBrowser(size, browserTimings);
                report.AddLoadSteps(size, browserLang, specific.Word, IndexLoadTiming.Run(site.Folder, browserLang, specific.Word, reps));
            }
        }
        if (browser && !sizes.Contains(browserSize))
            output.WriteLine($"(no Chromium timing: --browser-size {browserSize} is not among --sizes)");

        report.Print();
        relevance.Print();
        output.WriteLine($"\nTotal run time {clock.Elapsed.TotalMinutes:F1} min.");
        return report.AllIdentical ? 0 : 1;
    }
}
