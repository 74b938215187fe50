using System.Collections.Concurrent;
using CaseLibrary.Checking;
using CaseLibrary.Rendering;

namespace CaseLibrary.Build;

/// <summary>
/// The one path every rendered and search file takes: it is scanned for what the link check needs
/// (<see cref="SiteLinks"/>, when the plan checks), counted, and handed to the plan's sink (the writer's staging
/// folder, nothing, or serve's in-memory site), after which no stage holds it. With <c>--pdf</c> the case pages to
/// print are kept whole for the writer.
/// </summary>
public sealed class SiteStream : IOutputSink
{
    private readonly IOutputSink _sink;
    private readonly IOutputSink? _observer;
    private readonly IReadOnlySet<string> _keep;
    private readonly ConcurrentDictionary<string, OutputFile> _kept = new(StringComparer.Ordinal);
    private int _files;
    private int _pages;

    /// <param name="links">Where links and ids are recorded for the check; null for a run without a check (serve's preview).</param>
    /// <param name="keep">Paths of pages the writer needs again (the case pages printed with --pdf).</param>
    /// <param name="observer">Also shown every file, before the sink (tests watch the stream with it).</param>
    public SiteStream(IOutputSink sink, SiteLinks? links, IReadOnlySet<string>? keep = null, IOutputSink? observer = null)
    {
        _sink = sink;
        _observer = observer;
        Links = links;
        _keep = keep ?? new HashSet<string>();
    }

    public SiteLinks? Links { get; }

    public int Files => Volatile.Read(ref _files);

    public int Pages => Volatile.Read(ref _pages);

    /// <summary>The pages kept whole (<c>keep</c>), by path.</summary>
    public IReadOnlyDictionary<string, OutputFile> Kept => _kept;

    public void Add(OutputFile file)
    {
        Links?.Record(file);
        Interlocked.Increment(ref _files);
        if (file.IsPage) Interlocked.Increment(ref _pages);
        if (_keep.Contains(file.Path)) _kept[file.Path] = file;
        _observer?.Add(file);
        _sink.Add(file);
    }
}
