using CaseLibrary.Diagnostics;

namespace CaseLibrary.Serve;

/// <summary>
/// What <c>serve</c> answers with at one moment: the files of the last good build (in memory, by site path), the
/// problems of the last attempt (shown as an overlay), and a version that grows with every change the browser
/// should reload for.
/// </summary>
public sealed record SiteSnapshot(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<Diagnostic> Problems, int Version)
{
    public static readonly SiteSnapshot Empty = new(new Dictionary<string, byte[]>(StringComparer.Ordinal), [], 0);

    public bool HasErrors => Problems.Any(p => p.IsError);
}
