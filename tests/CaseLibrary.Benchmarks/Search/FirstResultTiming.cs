using CaseLibrary.Benchmarks.Shared;
using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.Benchmarks.Search;

/// <summary>One measured page: ms from navigation start (or from the last keystroke) to results in the DOM, and long tasks.</summary>
/// <param name="LongestTaskAt">When the longest task started, ms from navigation start (-1 without one): tells the page's own load from the search's work.</param>
/// <param name="Bytes">Of a cold load: what it fetched besides the page (scripts, styles, index, store, texts), gzip-sized (.NET GZip Optimal of each file), and of that the search index files.</param>
public sealed record PageTiming(double Ms, double LongestTaskMs, int LongTasks, int Results, ColdMilestones? Milestones = null, double LongestTaskAt = -1, Transfer? Bytes = null);

/// <summary>Gzip-sized bytes of the files a cold search fetched besides its page (until the first result), and of those the
/// index files (entry, vocabulary and chunks, or the whole pack), the store and the result files.</summary>
public sealed record Transfer(long Total, long Index, long Store, long Results, int Requests);

/// <summary>When, in ms from navigation start, a cold load reached each step: DOMContentLoaded, worker created, worker ready, results received.</summary>
public sealed record ColdMilestones(double DomContentLoaded, double WorkerCreated, double WorkerReady, double ResultsReceived);

public sealed record QueryTiming(string Scenario, string Query, List<PageTiming> Runs);

/// <summary>
/// (c) The search page of a built site in headless Chromium (Debian's /usr/bin/chromium through Playwright, as the
/// browser tests drive it), served on loopback by the browser tests' static server. Each cold run is a fresh
/// browser context (empty cache) opening /en/search/?q=…; "typing" replaces the query on the loaded page.
/// Long tasks: PerformanceObserver('longtask') registered by an init script, counted up to the measured moment.
/// </summary>
/// <param name="latency">ms added to every request (Chromium's network emulation, on the page and, through auto-attach, its worker); 0: loopback as it is.</param>
public sealed class FirstResultTiming(int reps, TextWriter log, bool waterfall = false, int latency = 0)
{
    private static readonly string Probe = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Search", "BrowserProbe.js"));

    public async Task<IReadOnlyList<QueryTiming>> RunAsync(string siteFolder, string lang, IReadOnlyList<(string Label, string Word)> queries, string typed)
    {
        if (!BrowserEnvironment.ChromiumInstalled) throw new BenchFailedException($"Chromium not found at {BrowserEnvironment.ChromiumPath}");
        await using var server = await StaticSiteServer.StartAsync(siteFolder);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath, Headless = true, Args = BrowserEnvironment.ChromiumArgs, Timeout = 30_000,
        });

        var results = queries.Select(q => new QueryTiming($"cold load, {q.Label}{(lang == "en" ? "" : $" ({lang})")}", q.Word, [])).ToList();
        var typing = new QueryTiming($"typing on loaded page{(lang == "en" ? "" : $" ({lang})")}", typed, []);
        for (var round = 0; round <= reps; round++)
        {
            log.Write($"  browser {(round == 0 ? "warm-up" : $"round {round}/{reps}")}:");
            for (var i = 0; i < queries.Count; i++)
            {
                await using var context = await NewContextAsync(browser, server);
                var page = await context.NewPageAsync();
                if (latency > 0) await SlowNetworkAsync(context, page);
                var cold = await ColdAsync(page, $"/{lang}/search/?q={Uri.EscapeDataString(queries[i].Word)}", siteFolder, waterfall && round == reps);
                var typedRun = i == 0 ? await TypeAsync(page, typed) : null;
                log.Write($" {queries[i].Word} {cold.Ms:F0} ms, {cold.Bytes!.Total / 1024.0:F0} KB gz (index {cold.Bytes.Index / 1024.0:F0}) (longest task {cold.LongestTaskMs:F0}{(cold.LongestTaskAt >= 0 ? $" at {cold.LongestTaskAt:F0} ms" : "")})");
                if (typedRun is not null) log.Write($", typed {typedRun.Ms:F0} ms");
                if (round == 0) continue;
                results[i].Runs.Add(cold);
                if (typedRun is not null) typing.Runs.Add(typedRun);
            }
            log.WriteLine();
        }
        return [.. results, typing];
    }

    /// <summary>
    /// The page's requests get <c>latency</c> ms more, as DevTools' throttling gives them; throughput is left unlimited.
    /// Whether the worker's requests take it too is read off the waterfall (--waterfall).
    /// </summary>
    private async Task SlowNetworkAsync(IBrowserContext context, IPage page)
    {
        var conditions = new Dictionary<string, object> { ["offline"] = false, ["latency"] = latency, ["downloadThroughput"] = -1, ["uploadThroughput"] = -1 };
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", conditions);
    }

    private static async Task<IBrowserContext> NewContextAsync(IBrowser browser, StaticSiteServer server)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseUri.ToString() });
        context.SetDefaultTimeout(30_000);
        await context.AddInitScriptAsync(Probe);
        return context;
    }

    private async Task<PageTiming> ColdAsync(IPage page, string path, string siteFolder, bool printWaterfall)
    {
        var requested = new List<string>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var requests = new List<(string Path, double Sent, double[] Done)>();
        void Note(object? sender, IRequest request)
        {
            lock (requested) { requested.Add(new Uri(request.Url).AbsolutePath); requests.Add((new Uri(request.Url).AbsolutePath, clock.Elapsed.TotalMilliseconds, [-1])); }
        }
        void Finished(object? sender, IRequest request)
        {
            var at = clock.Elapsed.TotalMilliseconds;
            var path = new Uri(request.Url).AbsolutePath;
            lock (requested) foreach (var r in requests) if (r.Path == path && r.Done[0] < 0) { r.Done[0] = at; break; }
        }
        page.RequestFinished += Finished;
        page.Request += Note;
        page.Worker += (_, worker) => { lock (requested) requested.Add(new Uri(worker.Url).AbsolutePath); };
        var response = await page.GotoAsync(path) ?? throw new BenchFailedException($"no response for {path}");
        if (response.Status != 200) throw new BenchFailedException($"GET {path} answered {response.Status}");
        await page.WaitForFunctionAsync("() => window.__bench && window.__bench.firstResult !== null");
        page.Request -= Note;
        var transfer = Sizes(siteFolder, new Uri(response.Url).AbsolutePath, requested);
        await page.WaitForTimeoutAsync(200); // a long task is reported when it ends
        var timing = await ReadAsync(page, "firstResult", fromKey: null);
        page.RequestFinished -= Finished;
        if (printWaterfall)
        {
            PrintWaterfall(requests, timing.Ms);
            var frames = await page.EvaluateAsync<string>(
                "() => (window.__bench.frames || []).filter(f => f.duration > 50).map(f => '      frame at ' + f.start.toFixed(0) + ' ms, ' + f.duration.toFixed(0) +" +
                " ' ms (blocking ' + f.blocking.toFixed(0) + ', render at +' + (f.render ? (f.render - f.start).toFixed(0) : '-') + ', style/layout at +' + (f.layout ? (f.layout - f.start).toFixed(0) : '-') + ')' +" +
                " f.scripts.map(x => '\\n        ' + x.duration.toFixed(0) + ' ms at +' + (x.start - f.start).toFixed(0) + ' ' + x.invoker + ' ' + x.url.replace(/^.*\\//, '') + (x.forced ? ' (forced style/layout ' + x.forced.toFixed(0) + ')' : '')).join('')).join('\\n')" +
                " + (window.__bench.framesError ? 'long animation frames: ' + window.__bench.framesError : '')");
            if (frames.Length > 0) log.WriteLine("\n" + frames);
            var resources = await page.EvaluateAsync<string>(
                "() => performance.getEntriesByType('resource').map(r => '      ' + r.startTime.toFixed(0).padStart(5) + r.requestStart.toFixed(0).padStart(6) + r.responseStart.toFixed(0).padStart(6) + r.responseEnd.toFixed(0).padStart(6) + '  ' + r.name.replace(/^.*\\//, '')).join('\\n')");
            log.WriteLine("\n      the page's resource timing: start, request sent, first byte, last byte (ms after navigation start)\n" + resources);
            log.Write("   ");
        }
        var m = await page.EvaluateAsync<double[]>(
            "() => { const s = window.__bench; const n = performance.getEntriesByType('navigation')[0];" +
            " return [n ? n.domContentLoadedEventEnd : -1, s.workerCreated ?? -1, s.workerReady ?? -1, s.resultsReceived ?? -1] }");
        return timing with { Milestones = new ColdMilestones(m[0], m[1], m[2], m[3]), Bytes = transfer };
    }

    /// <summary>
    /// --waterfall: each request of a cold load, ms after the page's own request was seen (as Playwright reports them
    /// to this process: request sent, request finished; a few ms late), so the critical path of a first result can be read off.
    /// </summary>
    private void PrintWaterfall(List<(string Path, double Sent, double[] Done)> requests, double firstResultMs)
    {
        if (requests.Count == 0) return;
        var origin = requests[0].Sent;
        log.WriteLine();
        log.WriteLine($"    waterfall of this cold load (first result at {firstResultMs:F0} ms after navigation start):");
        foreach (var (path, sent, done) in requests)
            log.WriteLine($"      {sent - origin,7:F0} {(done[0] >= 0 ? $"{done[0] - origin,7:F0}" : "      ?")}  {path}");
        log.Write("   ");
    }

    /// <summary>Each distinct file fetched (the page itself excluded), gzip-sized as a server compressing it would send it.</summary>
    private static Transfer Sizes(string siteFolder, string pagePath, IEnumerable<string> paths)
    {
        long total = 0, index = 0, store = 0, results = 0;
        var count = 0;
        foreach (var p in paths.Distinct(StringComparer.Ordinal))
        {
            if (p == pagePath) continue;
            var file = Path.Combine(siteFolder, Uri.UnescapeDataString(p).TrimStart('/'));
            if (p.EndsWith('/')) file = Path.Combine(file, "index.html");
            if (!File.Exists(file)) continue;
            var size = p.EndsWith(".gz", StringComparison.Ordinal) ? new FileInfo(file).Length : Gzip.Size(File.ReadAllBytes(file)); // stored compressed: sent as it is
            total += size;
            count++;
            if (p.Contains("/search/split/", StringComparison.Ordinal) || p.EndsWith("/search/index.pack.json", StringComparison.Ordinal)) index += size;
            else if (p.EndsWith("/search/store.json", StringComparison.Ordinal)) store += size;
            else if (p.Contains("/search/result/", StringComparison.Ordinal)) results += size;
        }
        return new Transfer(total, index, store, results, count);
    }

    private static async Task<PageTiming> TypeAsync(IPage page, string word)
    {
        var input = page.Locator("#cl-search input[name=q]");
        await input.SelectTextAsync();
        await input.PressSequentiallyAsync(word);
        await page.WaitForFunctionAsync("word => window.__bench.updated !== null && document.querySelector('#cl-search input[name=q]').value === word", word);
        await page.WaitForTimeoutAsync(200);
        return await ReadAsync(page, "updated", fromKey: "lastInput");
    }

    /// <summary>Reads the probe: time of <paramref name="key"/> (minus <paramref name="fromKey"/>) and long tasks in between.</summary>
    private static async Task<PageTiming> ReadAsync(IPage page, string key, string? fromKey)
    {
        var state = await page.EvaluateAsync<ProbeState>(
            "([key, fromKey]) => { const s = window.__bench; const from = fromKey ? s[fromKey] : 0; const to = s[key];" +
            " const tasks = s.longTasks.filter(t => t.start + t.duration > from && t.start <= to);" +
            " return { from, to, supported: s.longTaskSupported, error: s.longTaskError || '', results: s.results," +
            " longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0), count: tasks.length," +
            " longestAt: tasks.reduce((m, t) => m === null || t.duration > m.duration ? t : m, null)?.start ?? -1 } }",
            new object?[] { key, fromKey });
        if (!state.Supported || state.Error.Length > 0)
            throw new BenchFailedException($"this Chromium does not report long tasks ({state.Error}); the figure would be meaningless");
        return new PageTiming(state.To - state.From, state.Longest, state.Count, state.Results, LongestTaskAt: state.LongestAt);
    }

    // Filled by Playwright's JSON conversion (it needs a parameterless constructor and setters).
    private sealed class ProbeState
    {
        public double From { get; set; }
        public double To { get; set; }
        public bool Supported { get; set; }
        public string Error { get; set; } = "";
        public int Results { get; set; }
        public double Longest { get; set; }
        public double LongestAt { get; set; }
        public int Count { get; set; }
    }
}
