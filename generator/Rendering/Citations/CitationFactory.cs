using CaseLibrary.Content;
using CaseLibrary.Model;
using CaseLibrary.Rendering.Views;

namespace CaseLibrary.Rendering.Citations;

/// <summary>The citation of a case version, its downloads and its Highwire (Google Scholar) meta tags.</summary>
public static class CitationFactory
{
    /// <param name="licenceLabel">"Licence" in the version's language (the notes of BibTeX and RIS).</param>
    public static Citation For(LibraryModel model, CaseStudy study, CaseDocument version, SiteUrls urls, bool pdf, string licenceLabel = "Licence")
    {
        var licence = version.Licence?.Id ?? model.Config.Licence;
        return new Citation(
            $"{study.Id}-{version.Language}",
            Citation.Clean(version.Title),
            study.AuthorIds.Select(id => PersonName.Parse(model.Author(id).Name)).ToList(),
            version.Translators.Select(t => t.Id).Distinct().Select(id => PersonName.Parse(model.Author(id).Name)).ToList(),
            version.Date,
            Citation.Clean(model.Config.Title.Get(version.Language, model.Config.DefaultLanguage)),
            urls.Absolute(SiteUrls.Case(version.Language, study.Id)),
            version.Language,
            Citation.Clean(version.Summary),
            Licences.Name(licence),
            Licences.Url(licence),
            pdf ? urls.Absolute(PdfPath(version.Language, study.Id)) : null) { LicenceLabel = licenceLabel };
    }

    public static string PdfPath(string lang, string id) => SiteUrls.Case(lang, id) + FileName(lang, id, "pdf");

    /// <summary>The name a download of this case version is saved under: <c>&lt;id&gt;-&lt;lang&gt;.&lt;extension&gt;</c>.</summary>
    public static string FileName(string lang, string id, string extension) => $"{id}-{lang}.{extension}";

    /// <summary>
    /// The three citation downloads travel inside the case page as <c>data:</c> URLs (<see cref="DataUri"/>) rather than as
    /// three files per case version: the same files for the reader, thousands fewer files for the host.
    /// </summary>
    public static string BibData(Citation citation) => DataUri.Of("application/x-bibtex", BibTexWriter.Write(citation));

    public static string RisData(Citation citation) => DataUri.Of("application/x-research-info-systems", RisWriter.Write(citation));

    public static string CslData(Citation citation) => DataUri.Of("application/vnd.citationstyles.csl+json", CslJsonWriter.Write(citation));

    /// <summary>Highwire Press tags, which Google Scholar and Zotero read from the page head.</summary>
    public static IReadOnlyList<MetaView> Highwire(Citation citation)
    {
        var tags = new List<MetaView> { new("citation_title", citation.Title) };
        tags.AddRange(citation.Authors.Select(a => new MetaView("citation_author", a.Inverted)));
        tags.Add(new("citation_publication_date", citation.Issued.ToString("yyyy'/'MM'/'dd", System.Globalization.CultureInfo.InvariantCulture)));
        tags.Add(new("citation_language", citation.Language));
        tags.Add(new("citation_publisher", citation.Publisher));
        tags.Add(new("citation_public_url", citation.Url));
        if (citation.PdfUrl is { } pdf) tags.Add(new("citation_pdf_url", pdf));
        return tags;
    }
}
