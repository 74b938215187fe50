using System.Collections.Concurrent;
using CaseLibrary.Content;
using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;

namespace CaseLibrary.Build;

/// <summary>
/// What <c>serve</c> keeps from one build to the next, so a rebuild redoes only what changed: the text of each file
/// by (path, size, modification time), and each parsed case version by its path and exact text, with the
/// diagnostics its parse gave (replayed on reuse, so a cached file reports the same warnings).
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<(string Path, string Language, string Text), (CaseDocument? Document, Diagnostic[] Diagnostics)> _cases = new();

    public SourceFileCache Files { get; } = new();

    internal CaseDocument? Parse(string caseId, CaseSource source, DiagnosticBag diagnostics, Func<DiagnosticBag, CaseDocument?> parse)
    {
        var key = (source.File.Path + "#" + caseId, source.Language, source.File.Text);
        if (!_cases.TryGetValue(key, out var cached))
        {
            var own = new DiagnosticBag();
            cached = (parse(own), own.Sorted().ToArray());
            // Keep one entry per file: the old text of an edited file is dropped.
            foreach (var stale in _cases.Keys.Where(k => k.Path == key.Item1 && k.Language == key.Language)) _cases.TryRemove(stale, out _);
            _cases[key] = cached;
        }
        diagnostics.AddRange(cached.Diagnostics);
        return cached.Document;
    }
}
