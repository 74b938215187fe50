namespace CaseLibrary.Rendering;

/// <summary>
/// A file of the site: relative path with '/' separators, its bytes, whether it is a page (for the link checker),
/// the source file it came from (for diagnostics), and for an indexable page its sitemap entry. Pages are kept as
/// UTF-8 bytes only; <see cref="Markup"/> decodes them when asked (a large library's pages held twice, as text too,
/// cost GBs). A file already written to the staging folder (<see cref="IOutputSink"/>) keeps no bytes, only the
/// links of its page for the check.
/// </summary>
public sealed record OutputFile(string Path, byte[] Bytes, bool IsPage, string SourcePath, SitemapEntry? Sitemap = null)
{
    /// <summary>The page's HTML, decoded from <see cref="Bytes"/> on each call; null for other files.</summary>
    public string? Markup => IsPage ? Staged ? throw new InvalidOperationException($"{Path} was written out and keeps no bytes") : System.Text.Encoding.UTF8.GetString(Bytes) : null;

    /// <summary>True once the file is in the staging folder: <see cref="Bytes"/> is then empty.</summary>
    public bool Staged { get; init; }

    /// <summary>For a staged page: its ids and links, read before its bytes were let go.</summary>
    public Checking.PageLinks? Links { get; init; }

    public static OutputFile Html(string path, string html, string sourcePath, Views.PageView? page) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(html), true, sourcePath,
            page is { NoIndex: false } ? new SitemapEntry(page.Canonical, page.Alternates) : null);

    public static OutputFile Text(string path, string text, string sourcePath) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(text), false, sourcePath);
}

/// <summary>A page's line in sitemap.xml: its address and its language versions.</summary>
public sealed record SitemapEntry(string Url, IReadOnlyList<Views.AlternateView> Alternates);

/// <summary>
/// Where rendered files go as they are made: kept in memory as they are (<see cref="InMemory"/>: serve, tests,
/// --pdf), or written to the staging folder at once, keeping only what the check needs.
/// </summary>
public interface IOutputSink
{
    /// <summary>Takes a finished file and returns what the build keeps of it.</summary>
    OutputFile Keep(OutputFile file);

    public static readonly IOutputSink InMemory = new MemorySink();

    private sealed class MemorySink : IOutputSink
    {
        public OutputFile Keep(OutputFile file) => file;
    }
}
