using System.Diagnostics;
using System.Threading.Channels;
using CaseLibrary.Build;
using CaseLibrary.Rendering;

namespace CaseLibrary.Serve;

/// <summary>
/// The site <c>serve</c> shows, kept up to date: builds in memory (nothing is written to disk), rebuilds on every
/// batch of changes, one at a time. When only existing case files changed, their pages are rebuilt first and
/// published at once (the page being edited reloads in a fraction of a second); the full build with lists, search
/// indexes and the link check follows and replaces the whole site. A failed build keeps the last good site and
/// publishes the problems, which the browser shows over the page.
/// </summary>
public sealed class LiveSite : IDisposable
{
    private readonly BuildOptions _options;
    private BuildCache _cache = new();
    private readonly TextWriter _log;
    private readonly Channel<IReadOnlyCollection<string>> _changes = Channel.CreateUnbounded<IReadOnlyCollection<string>>();
    private readonly CancellationTokenSource _stop = new();
    private readonly string _source;
    private HashSet<string> _caseIds = new(StringComparer.Ordinal);
    private Task? _worker;

    public LiveSite(BuildOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
        _source = Path.GetFullPath(options.Source);
    }

    public SiteSnapshot Current { get; private set; } = SiteSnapshot.Empty;

    /// <summary>True while a build runs or changes wait for one.</summary>
    public bool Busy => Volatile.Read(ref _busy) != 0 || _changes.Reader.Count > 0;

    private int _busy;

    /// <summary>Raised after every publish (new files, or new problems).</summary>
    public event Action<SiteSnapshot>? Published;

    /// <summary>Builds once, then keeps rebuilding on <see cref="Changed"/>.</summary>
    public void Start()
    {
        FullBuild(reload: true);
        _worker = Task.Run(Work);
    }

    public void Changed(IReadOnlyCollection<string> paths) => _changes.Writer.TryWrite(paths);

    private async Task Work()
    {
        try
        {
            while (await _changes.Reader.WaitToReadAsync(_stop.Token))
            {
                var paths = new HashSet<string>(StringComparer.Ordinal);
                Volatile.Write(ref _busy, 1);
                while (_changes.Reader.TryRead(out var batch)) paths.UnionWith(batch);
                try
                {
                    Rebuild(paths);
                }
                catch (Exception ex)
                {
                    // serve survives anything a build can throw; the message goes to the terminal.
                    _log.WriteLine($"caselib serve: rebuild failed: {ex.Message}");
                }
                finally
                {
                    Volatile.Write(ref _busy, 0);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Rebuild(IReadOnlyCollection<string> paths)
    {
        var cases = EditedCases(paths);
        if (cases is not null && !Current.HasErrors)
        {
            var clock = Stopwatch.StartNew();
            var preview = Run(_options with { OnlyCases = cases }, out _);
            if (!preview.Succeeded)
            {
                Publish(Current with { Problems = preview.Diagnostics }, $"{Errors(preview)} error(s) in {clock.ElapsedMilliseconds} ms");
                return;
            }
            var files = new Dictionary<string, byte[]>(Current.Files, StringComparer.Ordinal);
            foreach (var file in preview.Files) files[file.Path] = file.Bytes;
            Publish(new SiteSnapshot(files, preview.Diagnostics, Current.Version + 1),
                $"rebuilt {preview.Files.Count} page(s) of {string.Join(", ", cases.Order(StringComparer.Ordinal))} in {clock.ElapsedMilliseconds} ms ({Stages(preview)})");
            if (_changes.Reader.Count > 0) return; // more edits came in: the next round builds everything
            FullBuild(reload: false);
            return;
        }
        FullBuild(reload: true);
    }

    private void FullBuild(bool reload)
    {
        var clock = Stopwatch.StartNew();
        var result = Run(_options, out var caseIds);
        if (!result.Succeeded)
        {
            var serving = Current.Files.Count == 0 ? "nothing to serve until they are fixed"
                : reload ? "still serving the last good build"
                : "serving the edited pages as previewed and the rest of the last good build"; // after a preview (below)
            Publish(Current with { Problems = result.Diagnostics }, $"{Errors(result)} error(s) in {clock.ElapsedMilliseconds} ms; {serving}");
            return;
        }
        _caseIds = caseIds;
        var files = result.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
        var wasBroken = Current.HasErrors;
        Publish(new SiteSnapshot(files, result.Diagnostics, Current.Version + (reload || wasBroken ? 1 : 0)),
            $"built {result.Model?.Cases.Count ?? 0} cases{Drafts(result)}, {files.Count} files in {clock.ElapsedMilliseconds} ms");
        // A full build leaves the garbage of a whole site behind; collected now, while serve waits for the next edit,
        // it is not collected in the middle of that edit's preview (which is to be back in the browser within ~200 ms).
        // The locals let go first: this method runs a few times only, so it stays unoptimized, where locals live to the end.
        result = null!;
        files = null!;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static string Drafts(BuildResult result) =>
        result.Model?.IncludedDrafts is > 0 and var drafts ? $" ({drafts} draft file(s) shown, marked as drafts)" : "";

    private BuildResult Run(BuildOptions options, out HashSet<string> caseIds)
    {
        var result = new BuildPipeline().Run(options, BuildPlan.Serve, _cache);
        _cache = result.Cache ?? _cache;
        caseIds = result.Model?.Cases.Select(c => c.Id).ToHashSet(StringComparer.Ordinal) ?? new HashSet<string>(StringComparer.Ordinal);
        return result;
    }

    /// <summary>The ids of the cases whose existing Markdown files are all that changed; null when anything else did.</summary>
    private HashSet<string>? EditedCases(IReadOnlyCollection<string> paths)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            // Editors save through temporary files (written, renamed, gone) and touch the case folder: neither matters.
            if (!File.Exists(path) && !Directory.Exists(path) && !path.EndsWith(".md", StringComparison.Ordinal) && !path.EndsWith(".yaml", StringComparison.Ordinal)) continue;
            if (Directory.Exists(path) && Path.GetDirectoryName(path) == _source && _caseIds.Contains(Path.GetFileName(path))) continue;
            var folder = Path.GetDirectoryName(path);
            if (!path.EndsWith(".md", StringComparison.Ordinal) || !File.Exists(path) || folder is null
                || Path.GetDirectoryName(folder) != _source || !_caseIds.Contains(Path.GetFileName(folder)))
                return null;
            ids.Add(Path.GetFileName(folder));
        }
        return ids.Count > 0 ? ids : null;
    }

    private void Publish(SiteSnapshot snapshot, string message)
    {
        Current = snapshot;
        _log.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
        foreach (var problem in snapshot.Problems.Where(p => p.IsError).Take(20)) _log.WriteLine(problem);
        Published?.Invoke(snapshot);
    }

    /// <summary>"load 12, parse 3, …" in milliseconds: where a preview's time went.</summary>
    private static string Stages(BuildResult result) =>
        string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:F0}"));

    private static int Errors(BuildResult result) => result.Diagnostics.Count(d => d.IsError);

    public void Dispose()
    {
        _stop.Cancel();
        _changes.Writer.TryComplete();
        try { _worker?.Wait(TimeSpan.FromSeconds(30)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
