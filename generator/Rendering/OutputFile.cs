namespace CaseLibrary.Rendering;

/// <summary>
/// A file of the site, in memory until the writer stage: relative path with '/' separators, its bytes, whether it is
/// a page (for the link checker), and the source file it came from (for diagnostics). Pages are kept as UTF-8 bytes
/// only; <see cref="Markup"/> decodes them when asked (a large library's pages held twice, as text too, cost GBs).
/// </summary>
public sealed record OutputFile(string Path, byte[] Bytes, bool IsPage, string SourcePath, Views.PageView? Page = null)
{
    /// <summary>The page's HTML, decoded from <see cref="Bytes"/> on each call; null for other files.</summary>
    public string? Markup => IsPage ? System.Text.Encoding.UTF8.GetString(Bytes) : null;

    public static OutputFile Html(string path, string html, string sourcePath, Views.PageView? page) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(html), true, sourcePath, page);

    public static OutputFile Text(string path, string text, string sourcePath) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(text), false, sourcePath);
}
