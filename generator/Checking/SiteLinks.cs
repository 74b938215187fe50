using System.Collections.Concurrent;
using CaseLibrary.Rendering;

namespace CaseLibrary.Checking;

/// <summary>
/// What the link check keeps of a site while it streams past: every file's path, and per page its distinct link
/// addresses, its element ids and its repeated ids (<see cref="PageLinks"/>), nothing else. Recorded as each file is
/// rendered, from several threads at once; the page itself is dropped afterwards. Addresses, ids and source paths
/// repeat across thousands of pages (a template's links, a case's link on every list), so each distinct string is
/// kept once (interned for this build only) and a page holds small arrays of references to them.
/// </summary>
public sealed class SiteLinks
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _files = new();
    private readonly ConcurrentBag<PageRecord> _pages = new();

    /// <summary>Scans <paramref name="file"/> if it is a page, and remembers its path.</summary>
    public void Record(OutputFile file)
    {
        _files.Add(file.Path);
        if (!file.IsPage) return;
        var scan = PageLinks.Scan(file.Markup!);
        var ids = scan.Ids.Select(Intern).ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        var links = scan.Links.Distinct(StringComparer.Ordinal).Select(Intern).ToArray();
        var duplicates = scan.DuplicateIds.Count == 0 ? [] : scan.DuplicateIds.Select(Intern).ToArray();
        _pages.Add(new PageRecord(file.Path, Intern(file.SourcePath), ids, links, duplicates));
    }

    /// <summary>The path of every file recorded, pages included, sorted (ordinal), each once.</summary>
    public IReadOnlyList<string> Paths() => _files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The pages recorded, sorted by path (the order of the site, whatever order they were rendered in).</summary>
    public IReadOnlyList<PageRecord> Pages() => _pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();

    private string Intern(string value) => _strings.GetOrAdd(value, value);
}
