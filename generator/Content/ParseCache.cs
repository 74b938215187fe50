using System.Collections.Concurrent;
using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;

namespace CaseLibrary.Content;

/// <summary>
/// Kept by <c>serve</c> from one build to the next: each parsed case version by its path and exact text, with the
/// diagnostics its parse gave (replayed on reuse, so a cached file reports the same warnings).
/// </summary>
public sealed class ParseCache
{
    // One entry per (file, language): the text it was parsed from, the result and the diagnostics it gave.
    private readonly ConcurrentDictionary<(string Path, string Language), (SourceFile File, CaseDocument? Document, Diagnostic[] Diagnostics)> _cases = new();

    internal CaseDocument? Parse(string caseId, CaseSource source, DiagnosticBag diagnostics, Func<DiagnosticBag, CaseDocument?> parse)
    {
        var key = (source.File.Path + "#" + caseId, source.Language);
        // The file cache hands back the same SourceFile while a file is unchanged, so a reference check usually decides.
        if (!_cases.TryGetValue(key, out var cached) || !(ReferenceEquals(cached.File, source.File) || cached.File.Text == source.File.Text))
        {
            var own = new DiagnosticBag();
            cached = (source.File, parse(own), own.Sorted().ToArray());
            _cases[key] = cached;
        }
        diagnostics.AddRange(cached.Diagnostics);
        return cached.Document;
    }
}
