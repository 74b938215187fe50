using System.Collections.Concurrent;
using CaseLibrary.Rendering;

namespace CaseLibrary.Build;

/// <summary><c>serve</c>'s sink: the site it shows is kept in memory (nothing is written to disk).</summary>
public sealed class InMemorySite : IOutputSink
{
    private readonly ConcurrentBag<OutputFile> _files = new();

    public void Add(OutputFile file) => _files.Add(file);

    /// <summary>Every file received, sorted by path.</summary>
    public IReadOnlyList<OutputFile> Files() => _files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
}
