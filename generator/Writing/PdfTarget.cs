namespace CaseLibrary.Writing;

/// <summary>With <c>--pdf</c>: a case version's page (its path in the site), the PDF its page links to, and what the PDF says about itself.</summary>
public sealed record PdfTarget(string Page, string Pdf, PdfMetadata Metadata);
