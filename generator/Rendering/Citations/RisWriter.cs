using System.Globalization;
using System.Text;

namespace CaseLibrary.Rendering.Citations;

/// <summary>
/// A RIS record (<c>TY  - ELEC</c> … <c>ER  - </c>), lines ending in CR LF as the format asks. RIS has no escaping:
/// a field is the rest of its line, so every value is whitespace-normalised and can never start a new tag line.
/// Translators go in A4 (subsidiary author), which reference managers import as translators. The library's name is
/// both the publisher (PB) and the secondary title (T2): Zotero's "Web Page" has no publisher and imports T2 as the
/// website's title.
/// </summary>
public static class RisWriter
{
    public static string Write(Citation citation)
    {
        var text = new StringBuilder();
        Line(text, "TY", "ELEC");
        foreach (var author in citation.Authors) Line(text, "AU", author.Inverted);
        foreach (var translator in citation.Translators) Line(text, "A4", translator.Inverted);
        Line(text, "TI", citation.Title);
        Line(text, "T2", citation.Publisher);
        Line(text, "PY", citation.Issued.Year.ToString(CultureInfo.InvariantCulture));
        Line(text, "DA", citation.Issued.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture));
        Line(text, "PB", citation.Publisher);
        Line(text, "UR", citation.Url);
        Line(text, "LA", citation.Language);
        Line(text, "AB", citation.Abstract);
        Line(text, "N1", $"{citation.LicenceLabel}: {citation.LicenceName}, {citation.LicenceUrl}");
        if (citation.PdfUrl is { } pdf) Line(text, "L1", pdf);
        Line(text, "ID", citation.Key);
        text.Append("ER  - \r\n");
        return text.ToString();
    }

    private static void Line(StringBuilder text, string tag, string value) =>
        text.Append(tag).Append("  - ").Append(Citation.Clean(value)).Append("\r\n");
}
