using System.Collections.Concurrent;
using CaseLibrary.Rendering;

namespace CaseLibrary.Writing;

/// <summary>
/// The site of one <c>build</c> on its way to disk: files handed over while the site is still being rendered go into a
/// bounded queue and are written into the <see cref="StagingFolder"/> by writer threads of their own, so rendering
/// never waits for the disk unless the queue is full, and the queue, not the site, is what memory holds. Only
/// <see cref="Finish"/> makes it the site (PDFs, the build marker, the swap); disposed before that, the staging folder
/// is deleted, so a build that fails (in the check, or anywhere) leaves no half-written site.
/// </summary>
public sealed class StagedSite : IOutputSink, IDisposable
{
    /// <summary>Files waiting for a writer at most: enough to keep the writers busy, small next to any site.</summary>
    public const int QueueLength = 256;

    private readonly StagingFolder _staging;
    private readonly BlockingCollection<OutputFile> _queue = new(QueueLength);
    private readonly Thread[] _writers;
    private Exception? _failure;
    private bool _disposed;

    /// <param name="writers">Threads writing files (creating thousands of small files is system calls, which overlap a little).</param>
    internal StagedSite(StagingFolder staging, int writers)
    {
        _staging = staging;
        _writers = Enumerable.Range(0, writers).Select(n => new Thread(Drain) { IsBackground = true, Name = $"caselib writer {n + 1}" }).ToArray();
        foreach (var writer in _writers) writer.Start();
    }

    /// <summary>
    /// Queues <paramref name="file"/> for writing (waits while the queue is full); its path is checked at once. After a
    /// write failed (a full disk) the file is dropped: the site will not be finished, and <see cref="Finish"/> says why.
    /// </summary>
    public void Add(OutputFile file)
    {
        _staging.Inside(file.Path);
        if (Volatile.Read(ref _failure) is not null) return;
        _queue.Add(file);
    }

    /// <summary>
    /// Waits for every queued file, prints the PDFs (with --pdf), adds the build marker and swaps the staging folder into
    /// place. Throws IOException (or UnauthorizedAccessException) when the site cannot be written or swapped in: then
    /// nothing replaced the previous site. Returns the previous site's folder when it stayed behind after the swap.
    /// </summary>
    public LeftoverFolder? Finish(PdfPrinter? printer = null, IReadOnlyList<PdfJob>? pdfs = null)
    {
        Drained();
        if (printer is not null && pdfs is { Count: > 0 }) printer.Print(_staging.Folder, pdfs, _staging.Inside);
        _staging.Write(OutputFolderGuard.MarkerName, System.Text.Encoding.UTF8.GetBytes(OutputFolderGuard.MarkerText));
        return _staging.Commit();
    }

    /// <summary>The staging folder, when this site was disposed unfinished and its folder could not be deleted.</summary>
    public LeftoverFolder? Leftover => _staging.Leftover;

    /// <summary>Ends the writers and deletes the staging folder unless the site was finished; a second call does nothing.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        foreach (var writer in _writers) writer.Join();
        _queue.Dispose();
        _staging.Dispose();
    }

    /// <summary>Ends the queue and waits for the writers; throws what stopped one.</summary>
    private void Drained()
    {
        _queue.CompleteAdding();
        foreach (var writer in _writers) writer.Join();
        if (_failure is { } failure) throw new IOException($"writing the site failed: {failure.Message}", failure);
    }

    private void Drain()
    {
        foreach (var file in _queue.GetConsumingEnumerable())
        {
            // After a failure the queue is still emptied (nothing written), so no renderer waits on a full queue forever.
            if (Volatile.Read(ref _failure) is not null) continue;
            try
            {
                _staging.Write(file.Path, file.Bytes);
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref _failure, ex, null);
            }
        }
    }
}
