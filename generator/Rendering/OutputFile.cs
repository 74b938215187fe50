namespace CaseLibrary.Rendering;

/// <summary>
/// A file of the site, in memory until the writer stage: relative path with '/' separators, its bytes, the markup
/// when it is a page (for the link checker), and the source file it came from (for diagnostics).
/// </summary>
public sealed record OutputFile(string Path, byte[] Bytes, string? Markup, string SourcePath, Views.PageView? Page = null)
{
    public static OutputFile Html(string path, string html, string sourcePath, Views.PageView? page) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(html), html, sourcePath, page);

    public static OutputFile Text(string path, string text, string sourcePath) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(text), null, sourcePath);
}
