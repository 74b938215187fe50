namespace CaseLibrary.Writing;

/// <summary>One PDF to print at write time: the page (its path in the site and its markup) and where the PDF goes.</summary>
public sealed record PdfJob(string PagePath, string Markup, string PdfPath);
