namespace CaseLibrary.Serve;

/// <summary>
/// Watches the library and theme folders and reports changed paths in batches, once edits have been quiet for a
/// moment (editors save in several steps). Ignores dot-folders and theme/node_modules.
/// A changed file that is empty is most often being written (emptied, then filled, with a pause on a busy machine):
/// the batch waits for it a little longer (up to <see cref="EmptyGrace"/>), so that the preview does not flash
/// "the file is empty" (CL0110) for a save that is still under way. A file that stays empty is reported after that.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan EmptyGrace = TimeSpan.FromMilliseconds(300);

    private readonly List<FileSystemWatcher> _watchers = new();
    private readonly Action<IReadOnlyCollection<string>> _changed;
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Timer _timer;
    private TimeSpan _waitedForEmpty = TimeSpan.Zero;

    public SiteWatcher(IEnumerable<string> folders, Action<IReadOnlyCollection<string>> changed)
    {
        _changed = changed;
        _timer = new Timer(_ => Flush());
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) => { Add(e.OldFullPath); Add(e.FullPath); };
            watcher.Error += (_, _) => Add(watcher.Path); // overflow: treat as "anything may have changed"
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Add(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar);
        if (parts.Any(p => p == "node_modules" || (p.StartsWith('.') && p.Length > 1))) return;
        lock (_gate)
        {
            _pending.Add(path);
            _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        string[] paths;
        lock (_gate)
        {
            if (_waitedForEmpty < EmptyGrace && _pending.Any(IsEmptyFile))
            {
                _waitedForEmpty += Quiet;
                _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
                return;
            }
            _waitedForEmpty = TimeSpan.Zero;
            paths = _pending.ToArray();
            _pending.Clear();
        }
        if (paths.Length > 0) _changed(paths);
    }

    private static bool IsEmptyFile(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists && file.Length == 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
