namespace CaseLibrary.Rendering;

/// <summary>
/// A file of the site: relative path with '/' separators, its bytes, whether it is a page (for the link checker),
/// the source file it came from (for diagnostics), and for an indexable page its sitemap entry. Pages are kept as
/// UTF-8 bytes only; <see cref="Markup"/> decodes them when asked (a large library's pages held twice, as text too,
/// cost GBs).
/// </summary>
public sealed record OutputFile(string Path, byte[] Bytes, bool IsPage, string SourcePath, SitemapEntry? Sitemap = null)
{
    /// <summary>The page's HTML, decoded from <see cref="Bytes"/> on each call; null for other files.</summary>
    public string? Markup => IsPage ? System.Text.Encoding.UTF8.GetString(Bytes) : null;

    public static OutputFile Html(string path, string html, string sourcePath, Views.PageView? page) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(html), true, sourcePath,
            page is { NoIndex: false } ? new SitemapEntry(page.Canonical, page.Alternates) : null);

    public static OutputFile Text(string path, string text, string sourcePath) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(text), false, sourcePath);

    /// <summary>
    /// A text file stored gzip-compressed (a path ending ".gz"), for the many search files that only a script reads and
    /// unpacks (search-worker.js): on disk they take a third of their text's bytes, and a server sends them as they are.
    /// The header's time is 0 and its system byte "unknown" (255), so the bytes depend only on the text.
    /// </summary>
    public static OutputFile Gzipped(string path, string text, string sourcePath)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        var bytes = buffer.ToArray();
        Array.Clear(bytes, 4, 4); // MTIME (RFC 1952 2.3)
        bytes[9] = 255; // OS: unknown
        return new(path, bytes, false, sourcePath);
    }
}

/// <summary>A page's line in sitemap.xml: its address and its language versions.</summary>
public sealed record SitemapEntry(string Url, IReadOnlyList<Views.AlternateView> Alternates);

