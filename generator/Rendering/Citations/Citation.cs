namespace CaseLibrary.Rendering.Citations;

/// <summary>
/// What a citation of one language version of a case says, in one neutral shape that every format is written
/// from (APA-like text, BibTeX, RIS, CSL-JSON, Highwire meta tags). Text is whitespace-normalised on the way in.
/// </summary>
public sealed record Citation(
    string Key,
    string Title,
    IReadOnlyList<PersonName> Authors,
    IReadOnlyList<PersonName> Translators,
    DateOnly Issued,
    string Publisher,
    string Url,
    string Language,
    string Abstract,
    string LicenceName,
    string LicenceUrl,
    string? PdfUrl)
{
    /// <summary>The word "Licence" in the version's language, for the note of BibTeX and RIS (the site's UI string case.licence).</summary>
    public string LicenceLabel { get; init; } = "Licence";

    /// <summary>Collapses every run of whitespace (newlines included) into one space: no format may carry a line break in a field.</summary>
    public static string Clean(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
