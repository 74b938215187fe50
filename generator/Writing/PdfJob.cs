namespace CaseLibrary.Writing;

/// <summary>One PDF to print at write time: the page (its path in the site and its markup), where the PDF goes, and what its document information says.</summary>
public sealed record PdfJob(string PagePath, string Markup, string PdfPath, PdfMetadata Metadata);

/// <summary>
/// The PDF's document information: the title (also its running header), the authors and the language. Chromium takes
/// the title from the page's &lt;title&gt; and the language from &lt;html lang&gt;, and has no way to set an author,
/// so <see cref="PdfInfo"/> adds title and authors to the printed file.
/// </summary>
public sealed record PdfMetadata(string Title, IReadOnlyList<string> Authors, string Language);
