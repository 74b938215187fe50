using CaseLibrary.Content;
using CaseLibrary.Model;
using CaseLibrary.Rendering.Views;

namespace CaseLibrary.Rendering.Citations;

/// <summary>The citation of a case version, its download files and its Highwire (Google Scholar) meta tags.</summary>
public static class CitationFactory
{
    public static Citation For(LibraryModel model, CaseStudy study, CaseDocument version, SiteUrls urls, bool pdf)
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
            pdf ? urls.Absolute(PdfPath(version.Language, study.Id)) : null);
    }

    public static string BibPath(string lang, string id) => SiteUrls.Case(lang, id) + $"{id}-{lang}.bib";

    public static string RisPath(string lang, string id) => SiteUrls.Case(lang, id) + $"{id}-{lang}.ris";

    public static string CslPath(string lang, string id) => SiteUrls.Case(lang, id) + $"{id}-{lang}.json";

    public static string PdfPath(string lang, string id) => SiteUrls.Case(lang, id) + $"{id}-{lang}.pdf";

    /// <summary>The three downloads of a case version, rendered as strings here and written by the writer stage.</summary>
    public static IEnumerable<OutputFile> Downloads(Citation citation, string lang, string id, string sourcePath) =>
    [
        OutputFile.Text(BibPath(lang, id), BibTexWriter.Write(citation), sourcePath),
        OutputFile.Text(RisPath(lang, id), RisWriter.Write(citation), sourcePath),
        OutputFile.Text(CslPath(lang, id), CslJsonWriter.Write(citation), sourcePath),
    ];

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
