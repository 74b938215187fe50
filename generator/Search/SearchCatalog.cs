using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseLibrary.Model;
using CaseLibrary.Rendering;

namespace CaseLibrary.Search;

/// <summary>
/// What is searched in one language: a document per case version written in that language, with short refs
/// (the case's position in the library, so a ref names the same case in every language's index), and the
/// compact result store that maps each ref to what a result shows and filters on.
/// </summary>
public static class SearchCatalog
{
    public const int ExcerptLength = 600;

    /// <summary>Where a result's case id goes in the store's "url".</summary>
    public const string UrlIdPlaceholder = "{id}";

    public static readonly IReadOnlyList<SearchField> Fields =
    [
        new("title", 10), new("tags", 4), new("summary", 3), new("competences", 2), new("country", 2), new("authors", 2), new("body", 1),
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
            string[] values =
            [
                version.Title,
                string.Join(" ", version.Tags),
                version.Summary,
                string.Join(" ", study.CompetenceIds.Select(id => model.Competence(id).Name.Get(lang, model.Config.DefaultLanguage))),
                countryName(study.Country),
                string.Join(" ", study.AuthorIds.Select(id => model.Author(id).Name)),
                version.Body.PlainText,
            ];
            documents.Add(new SearchDocument(Ref(i), values.Select(LongTokens.Drop).ToArray()));
        }
        return documents;
    }

    /// <summary>
    /// {"url": "/en/cases/{id}/", "docs": {ref: [id, title, summary, country, [competences], excerpt, date]}}: a result's
    /// link is "url" with its id in place of {id} (case ids are URL-safe), so the store does not repeat it per case.
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
                Excerpt(version.Body.PlainText),
                study.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        return new JsonObject { ["url"] = urls.Link(SiteUrls.Case(lang, UrlIdPlaceholder)), ["docs"] = docs }.ToJsonString(Json);
    }

    /// <summary>Base-36 position: "0" … "z", "10" …; short, and the same case has the same ref in every language.</summary>
    public static string Ref(int index)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        if (index == 0) return "0";
        var text = "";
        for (var n = index; n > 0; n /= 36) text = digits[n % 36] + text;
        return text;
    }

    private static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= ExcerptLength) return flat;
        var cut = flat.LastIndexOf(' ', ExcerptLength);
        return flat[..(cut > 0 ? cut : ExcerptLength)];
    }
}
