using System.Collections.Concurrent;
using CaseLibrary.Checking;
using CaseLibrary.Rendering;

namespace CaseLibrary.Writing;

/// <summary>
/// A plain build's output sink: each file goes to the staging folder as soon as it is rendered, and a page keeps only
/// its links and ids for the check (one pass over each page; the site is never held in memory whole). The files are
/// written by one thread of the sink's own, behind a bounded queue, so the rendering threads never wait on the disk.
/// </summary>
public sealed class StagingSink : IOutputSink, IDisposable
{
    private readonly StagingFolder _staging;
    private readonly BlockingCollection<(string Path, byte[] Bytes)> _queue = new(boundedCapacity: 512);
    private readonly Thread _writer;
    private Exception? _failure;

    public StagingSink(StagingFolder staging)
    {
        _staging = staging;
        _writer = new Thread(Drain) { IsBackground = true, Name = "caselib writer" };
        _writer.Start();
    }

    public OutputFile Keep(OutputFile file)
    {
        if (_failure is { } failure) throw new IOException($"writing the site failed: {failure.Message}", failure);
        _staging.Inside(file.Path); // a path that would leave the output folder fails here, on the rendering thread
        var links = file.IsPage ? PageLinks.Scan(file.Markup!) : null;
        _queue.Add((file.Path, file.Bytes));
        return file with { Bytes = [], Staged = true, Links = links };
    }

    /// <summary>Waits until every file handed over is written; throws what writing threw.</summary>
    public void Flush()
    {
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        _writer.Join();
        if (_failure is { } failure) throw new IOException($"writing the site failed: {failure.Message}", failure);
    }

    private void Drain()
    {
        foreach (var (path, bytes) in _queue.GetConsumingEnumerable())
        {
            if (_failure is not null) continue;
            try { _staging.Write(path, bytes); }
            catch (Exception ex) { _failure = ex; }
        }
    }

    public void Dispose()
    {
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        _writer.Join();
        _queue.Dispose();
    }
}
