using System.Collections.Concurrent;
using CaseLibrary.Rendering;

namespace CaseLibrary.Writing;

/// <summary>
/// The site of one <c>build</c> on its way to disk: files handed over while the site is still being rendered go into a
/// bounded queue and are written into the <see cref="StagingFolder"/> by writer threads of their own, so rendering
/// never waits for the disk unless the queue is full, and the queue, not the site, is what memory holds. Only
/// <see cref="Finish"/> makes it the site (PDFs, the build marker, the swap); disposed before that, the staging folder
/// is deleted, so a build that fails (in the check, or anywhere) leaves no half-written site. When the build is
/// interrupted (SIGINT, SIGTERM), <see cref="Add"/> throws OperationCanceledException, the writers drop what is queued,
/// and disposing deletes the staging folder once they have stopped.
/// </summary>
public sealed class StagedSite : IOutputSink, IDisposable
{
    /// <summary>Files waiting for a writer at most: enough to keep the writers busy, small next to any site.</summary>
    public const int QueueLength = 256;

    private readonly StagingFolder _staging;
    private readonly BlockingCollection<OutputFile> _queue = new(QueueLength);
    private readonly Thread[] _writers;
    private readonly CancellationToken _interrupted;
    private Exception? _failure;
    private bool _disposed;

    /// <param name="writers">Threads writing files (creating thousands of small files is system calls, which overlap a little).</param>
    /// <param name="interrupted">Cancelled when the build is interrupted: nothing more is queued or written.</param>
    internal StagedSite(StagingFolder staging, int writers, CancellationToken interrupted = default)
    {
        _staging = staging;
        _interrupted = interrupted;
        _writers = Enumerable.Range(0, writers).Select(n => new Thread(Drain) { IsBackground = true, Name = $"caselib writer {n + 1}" }).ToArray();
        foreach (var writer in _writers) writer.Start();
    }

    /// <summary>
    /// Queues <paramref name="file"/> for writing (waits while the queue is full); its path is checked at once. After a
    /// write failed (a full disk) the file is dropped: the site will not be finished, and <see cref="Finish"/> says why.
    /// Once the build is interrupted it throws OperationCanceledException, also while waiting for room in the queue.
    /// </summary>
    public void Add(OutputFile file)
    {
        _staging.Inside(file.Path);
        _interrupted.ThrowIfCancellationRequested();
        if (Volatile.Read(ref _failure) is not null) return;
        _queue.Add(file, _interrupted);
    }

    /// <summary>
    /// Waits for every queued file, prints the PDFs (with --pdf), adds the build marker and swaps the staging folder into
    /// place. Throws IOException (or UnauthorizedAccessException) when the site cannot be written or swapped in: then
    /// nothing replaced the previous site. Returns the previous site's folder when it stayed behind after the swap.
    /// </summary>
    public LeftoverFolder? Finish(PdfPrinter? printer = null, IReadOnlyList<PdfJob>? pdfs = null)
    {
        Drained();
        _interrupted.ThrowIfCancellationRequested();
        if (printer is not null && pdfs is { Count: > 0 }) printer.Print(_staging.Folder, pdfs, _staging.Inside, _interrupted);
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
        _interrupted.ThrowIfCancellationRequested();
        if (_failure is { } failure) throw new IOException($"writing the site failed: {failure.Message}", failure);
    }

    private void Drain()
    {
        foreach (var file in _queue.GetConsumingEnumerable())
        {
            // After a failure or an interruption the queue is still emptied (nothing written), so no renderer waits on a full queue forever.
            if (Volatile.Read(ref _failure) is not null || _interrupted.IsCancellationRequested) continue;
            try
            {
                _staging.Write(file.Path, file.Bytes);
            }
            catch (OperationCanceledException) when (_interrupted.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref _failure, ex, null);
            }
        }
    }
}
