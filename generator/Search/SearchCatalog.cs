using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseLibrary.Content;
using CaseLibrary.Model;
using CaseLibrary.Rendering;

namespace CaseLibrary.Search;

/// <summary>
/// What is searched in one language: a document per section of each case version written in that language, and
/// the result data. A section is the text before the body's first heading (section 0, which also holds the case's
/// title, tags, summary, competences, country and authors) or the text under one top-level heading (its heading
/// and text). Its ref is "&lt;case ref&gt;.&lt;section number&gt;": the case ref is the case's position in the library
/// (base 36, so it names the same case in every language's index), the number the section's position in the
/// body. The compact result store maps each case ref to what a result shows and filters on; each version's
/// section texts are a file of their own (<see cref="SectionText"/>), fetched only for the results shown.
/// </summary>
public static class SearchCatalog
{
    /// <summary>Where a result's case id goes in the store's "url" and in the section texts' address.</summary>
    public const string UrlIdPlaceholder = "{id}";

    /// <summary>Where a result's teaching notes' language goes in the store's "notes".</summary>
    public const string LangPlaceholder = "{lang}";

    /// <summary>Between a case ref and its section number in a document ref.</summary>
    public const char SectionSeparator = '.';

    public static readonly IReadOnlyList<SearchField> Fields =
    [
        new("title", 10), new("tags", 4), new("summary", 3), new("competences", 2), new("country", 2), new("authors", 2), new("heading", 3), new("body", 1),
    ];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<SearchDocument> Documents(LibraryModel model, string lang, Func<string, string> countryName)
    {
        var documents = new List<SearchDocument>();
        for (var i = 0; i < model.Cases.Count; i++)
        {
            var study = model.Cases[i];
            var version = study.In(lang);
            if (version is null) continue;
            var sections = version.Body.Sections;
            for (var s = 0; s < sections.Count; s++)
            {
                string[] values = s == 0
                    ?
                    [
                        version.Title,
                        string.Join(" ", version.Tags),
                        version.Summary,
                        string.Join(" ", study.CompetenceIds.Select(id => model.Competence(id).Name.Get(lang, model.Config.DefaultLanguage))),
                        countryName(study.Country),
                        string.Join(" ", study.AuthorIds.Select(id => model.Author(id).Name)),
                        "",
                        sections[s].Text,
                    ]
                    : ["", "", "", "", "", "", sections[s].Heading, sections[s].Text];
                documents.Add(new SearchDocument(SectionRef(i, s), values.Select(LongTokens.Drop).ToArray()));
            }
        }
        return documents;
    }

    /// <summary>A section document's ref: "&lt;case ref&gt;.&lt;section number&gt;".</summary>
    public static string SectionRef(int caseIndex, int section) =>
        Ref(caseIndex) + SectionSeparator + section.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// {"url": "/en/cases/{id}/", "notes": "/{lang}/cases/{id}/notes/", "competence": "/en/competences/{id}/",
    /// "text": "/en/search/text/{id}.json", "docs": {ref: [id, title, summary, country,
    /// [competences], date, notes]}}: a result's link is "url" with its id in place of {id} (case ids are URL-safe), so
    /// the store does not repeat it per case; notes is the language of the teaching notes the version's readers are
    /// offered (its own, else another version's: <see cref="CaseStudy.NotesByPreference"/>), "" when the case has none,
    /// and their link is "notes" with that language in place of {lang}.
    /// </summary>
    public static string Store(LibraryModel model, string lang, SiteUrls urls)
    {
        var docs = new JsonObject();
        for (var i = 0; i < model.Cases.Count; i++)
        {
            var study = model.Cases[i];
            var version = study.In(lang);
            if (version is null) continue;
            docs[Ref(i)] = new JsonArray(
                study.Id,
                version.Title,
                version.Summary,
                study.Country,
                new JsonArray(study.CompetenceIds.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray()),
                study.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                study.NotesByPreference(lang, lang).FirstOrDefault()?.Language ?? "");
        }
        return new JsonObject
        {
            ["url"] = urls.Link(SiteUrls.Case(lang, UrlIdPlaceholder)),
            ["notes"] = urls.Link(SiteUrls.Notes(LangPlaceholder, UrlIdPlaceholder)),
            ["competence"] = urls.Link(SiteUrls.Competence(lang, UrlIdPlaceholder)),
            ["text"] = urls.Link(SearchStage.TextPath(lang, UrlIdPlaceholder)),
            ["docs"] = docs,
        }.ToJsonString(Json);
    }

    /// <summary>
    /// One version's sections, in order, for the results that show them: [[heading id, heading, text], …], the first
    /// for the text before the first heading (id and heading empty). Text runs of white space are one space.
    /// </summary>
    public static string SectionText(CaseDocument version) =>
        new JsonArray(version.Body.Sections.Select(s => (JsonNode?)new JsonArray(s.Id, s.Heading, Flat(s.Text))).ToArray()).ToJsonString(Json);

    /// <summary>Base-36 position: "0" … "z", "10" …; short, and the same case has the same ref in every language.</summary>
    public static string Ref(int index)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        if (index == 0) return "0";
        var text = "";
        for (var n = index; n > 0; n /= 36) text = digits[n % 36] + text;
        return text;
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
