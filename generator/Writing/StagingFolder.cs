namespace CaseLibrary.Writing;

/// <summary>
/// The folder a build writes into before it becomes the site: a hidden sibling of the output folder, filled file by
/// file, then swapped into place by <see cref="Commit"/>. Disposed without a commit (an exception while writing or
/// printing), it is deleted, so a failed build never leaves a half-written site. Every path is checked to stay inside it.
/// The previous site is replaced only when <see cref="OutputFolderGuard.Replaceable"/> says an earlier build made it,
/// checked again after it was moved aside, and deleted without following any link. Safe to fill from several threads.
/// Once the build is interrupted (the token the command line cancels on SIGINT or SIGTERM) it refuses every further write
/// and the swap; from <see cref="Dispose"/> on it refuses writes from any thread, and only then is it deleted, so no
/// write can recreate a folder of it while, or after, it is deleted.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string _target;
    private readonly string _retired;
    private readonly string _root;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly CancellationToken _interrupted;
    private readonly ReaderWriterLockSlim _gate = new();
    private bool _committed;
    private bool _closed;

    /// <param name="interrupted">Cancelled when the build is interrupted: writes and the swap are refused from then on.</param>
    public StagingFolder(string outputFolder, CancellationToken interrupted = default)
    {
        _interrupted = interrupted;
        _target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var parent = Path.GetDirectoryName(_target) ?? throw new IOException("the output folder has no parent folder");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(_target);
        // Fresh names that nothing on disk (or in a pull request) can have taken: this writer deletes only what it made.
        // The process id lets a later build tell a staging folder whose build is gone (LeftoverStaging) from a running one.
        var run = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
        Folder = Path.Combine(parent, $".{name}.new-{run}");
        _retired = Path.Combine(parent, $".{name}.old-{run}");
        if (Path.Exists(Folder) || new FileInfo(Folder).LinkTarget is not null) throw new IOException($"'{Folder}' already exists");
        Directory.CreateDirectory(Folder);
        _root = Folder + Path.DirectorySeparatorChar;
    }

    /// <summary>The staging folder's full path.</summary>
    public string Folder { get; }

    /// <summary>The full path of <paramref name="path"/> (relative, '/' separated) inside the staging folder; throws for any path that would leave it.</summary>
    public string Inside(string path)
    {
        var full = Path.GetFullPath(Path.Combine(Folder, path));
        if (!full.StartsWith(_root, StringComparison.Ordinal) || path.Contains('\\') || Path.IsPathRooted(path))
            throw new InvalidOperationException($"refusing to write '{path}': it is outside the output folder");
        return full;
    }

    /// <summary>Writes one file; throws OperationCanceledException once the build is interrupted or the folder disposed.</summary>
    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var full = Inside(path);
        var folder = Path.GetDirectoryName(full)!;
        // Writes share the gate; Dispose takes it alone, so it waits for a write in progress and no write starts after it.
        _gate.EnterReadLock();
        try
        {
            if (_closed) throw new OperationCanceledException("the staging folder was closed");
            _interrupted.ThrowIfCancellationRequested();
            // GetOrAdd returns only after a factory ran to the end (this thread's or another's), so the folder exists.
            _folders.GetOrAdd(folder, static f => { Directory.CreateDirectory(f); return true; });
            using var file = File.OpenHandle(full, FileMode.Create, FileAccess.Write); // no preallocation: emulated fallocate costs system time
            RandomAccess.Write(file, bytes, 0);
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }

    /// <summary>
    /// Puts the staged site in place of the output folder; the previous site is deleted after the swap. The new site is in
    /// place even when that deletion fails (a file in the old site that cannot be deleted): the folder left over is returned.
    /// </summary>
    public LeftoverFolder? Commit()
    {
        // The last moment an interruption is honoured: once the previous site is moved aside, the swap is finished.
        _interrupted.ThrowIfCancellationRequested();
        if (_closed) throw new ObjectDisposedException(nameof(StagingFolder));
        if (!OutputFolderGuard.Replaceable(_target)) throw Refusal();
        var previous = Directory.Exists(_target);
        if (previous)
        {
            Directory.Move(_target, _retired);
            // What was moved is checked again: the folder may have been swapped for a link or filled since the check.
            if (!OutputFolderGuard.Replaceable(_retired))
            {
                Directory.Move(_retired, _target);
                throw Refusal();
            }
        }
        try
        {
            Directory.Move(Folder, _target);
        }
        catch
        {
            if (previous && !Path.Exists(_target)) Directory.Move(_retired, _target);
            throw;
        }
        _committed = true;
        return previous ? TryDelete(_retired) : null;
    }

    /// <summary>The staging folder of a build that was not committed, if it could not be deleted (see <see cref="Dispose"/>).</summary>
    public LeftoverFolder? Leftover { get; private set; }

    /// <summary>
    /// Refuses every later write (waiting for one in progress), then deletes the staging folder unless it was committed;
    /// a folder that cannot be deleted is kept in <see cref="Leftover"/>, never thrown. A second call does nothing.
    /// </summary>
    public void Dispose()
    {
        _gate.EnterWriteLock();
        var first = !_closed;
        _closed = true;
        _gate.ExitWriteLock();
        if (!first) return;
        if (!_committed && Directory.Exists(Folder)) Leftover = TryDelete(Folder);
    }

    internal static LeftoverFolder? TryDelete(string folder)
    {
        try
        {
            DeleteTree(folder);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new LeftoverFolder(folder, ex.Message);
        }
    }

    private IOException Refusal() =>
        new($"refusing to replace '{_target}': it is not a folder written by an earlier build (a link, a file, or a folder without {OutputFolderGuard.MarkerName}); nothing was replaced");

    /// <summary>
    /// Deletes a folder this writer made (staging, or the retired previous site): files in parallel, then the folders.
    /// Symbolic links are never followed: the folder itself must not be one, links inside are skipped here and only
    /// unlinked by Directory.Delete.
    /// </summary>
    internal static void DeleteTree(string folder)
    {
        if (new DirectoryInfo(folder).LinkTarget is not null) throw new IOException($"refusing to delete '{folder}': it is a symbolic link");
        var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }).ToList();
        // A file that cannot be deleted (immutable, or its folder not writable) is left to Directory.Delete, which names it.
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 4 }, file =>
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        });
        Directory.Delete(folder, recursive: true);
    }
}
