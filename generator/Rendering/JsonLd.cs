using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using CaseLibrary.Content;
using CaseLibrary.Model;

namespace CaseLibrary.Rendering;

/// <summary>
/// schema.org data for a case, built as JSON (never by string concatenation) and serialised with '&lt;', '&gt;',
/// '&amp;' and quotes escaped, so hostile text cannot close the script element it is embedded in. Letters outside
/// ASCII stay themselves (UTF-8, as the page is): "\u00E4" for "ä" made a Finnish page's JSON-LD a third longer.
/// An alignment names its competence and links its page; the competence's description is on that page.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), WriteIndented = false };

    public static HtmlString ForCase(LibraryModel model, CaseStudy study, CaseDocument version, ViewFactory views)
    {
        var licence = version.Licence?.Id ?? model.Config.Licence;
        var url = views.Absolute(SiteUrls.Case(version.Language, study.Id));
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = new JsonArray("Article", "LearningResource"),
            ["@id"] = url,
            ["url"] = url,
            ["headline"] = version.Title,
            ["name"] = version.Title,
            ["description"] = version.Summary,
            ["inLanguage"] = version.Language,
            ["datePublished"] = study.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["countryOfOrigin"] = new JsonObject { ["@type"] = "Country", ["name"] = study.Country },
            ["license"] = Licences.Url(licence),
            ["wordCount"] = version.Body.WordCount,
            ["author"] = People(model, study.AuthorIds),
            ["keywords"] = new JsonArray(version.Tags.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
            ["teaches"] = new JsonArray(study.CompetenceIds.Select(id => (JsonNode?)JsonValue.Create(CompetenceName(model, id, version.Language))).ToArray()),
            ["educationalAlignment"] = new JsonArray(study.CompetenceIds.Select(id => (JsonNode?)new JsonObject
            {
                ["@type"] = "AlignmentObject",
                ["alignmentType"] = "teaches",
                ["educationalFramework"] = views.T("competences.framework"),
                ["targetName"] = CompetenceName(model, id, version.Language),
                ["targetUrl"] = views.Absolute(SiteUrls.Competence(version.Language, id)),
            }).ToArray()),
            ["learningResourceType"] = "case study",
            ["isAccessibleForFree"] = true,
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = model.Config.Title.Get(version.Language, model.Config.DefaultLanguage) },
        };
        if (version.Updated is { } updated) data["dateModified"] = updated.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (version.IsTranslation)
        {
            data["translator"] = People(model, version.Translators.Select(t => t.Id).Distinct());
            data["translationOfWork"] = new JsonObject { ["@id"] = views.Absolute(SiteUrls.Case(study.Original.Language, study.Id)) };
        }
        var translations = study.Versions.Where(v => !ReferenceEquals(v, version) && v.IsTranslation && !version.IsTranslation).ToList();
        if (translations.Count > 0)
            data["workTranslation"] = new JsonArray(translations.Select(v => (JsonNode?)new JsonObject { ["@id"] = views.Absolute(SiteUrls.Case(v.Language, study.Id)) }).ToArray());
        return new HtmlString(data.ToJsonString(Options));
    }

    private static string CompetenceName(LibraryModel model, string id, string language) =>
        model.Competence(id).Name.Get(language, model.Config.DefaultLanguage);

    private static JsonArray People(LibraryModel model, IEnumerable<string> ids) =>
        new(ids.Select(id => (JsonNode?)new JsonObject { ["@type"] = "Person", ["name"] = model.Author(id).Name }).ToArray());
}
