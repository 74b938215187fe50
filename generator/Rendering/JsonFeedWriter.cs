using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseLibrary.Model;

namespace CaseLibrary.Rendering;

/// <summary>A JSON Feed 1.1 per language (<c>/&lt;lang&gt;/feed.json</c>) with the same entries as the Atom feed.</summary>
public static class JsonFeedWriter
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public static OutputFile Write(LibraryModel model, ViewFactory views, SiteUrls urls)
    {
        var lang = views.Lang;
        var items = new JsonArray();
        foreach (var study in FeedEntries.Of(model, lang))
        {
            var version = study.In(lang)!;
            var url = urls.Absolute(SiteUrls.Case(lang, study.Id));
            var licence = version.Licence?.Id ?? model.Config.Licence;
            var item = new JsonObject
            {
                ["id"] = url,
                ["url"] = url,
                ["title"] = version.Title,
                ["summary"] = version.Summary,
                ["content_text"] = version.Summary,
                ["date_published"] = Stamp(study.Date),
                ["date_modified"] = Stamp(version.Updated ?? study.Date),
                ["authors"] = new JsonArray(study.AuthorIds.Select(id => (JsonNode?)new JsonObject
                {
                    ["name"] = model.Author(id).Name,
                    ["url"] = urls.Absolute(SiteUrls.Author(lang, id)),
                }).ToArray()),
                ["tags"] = new JsonArray(study.CompetenceIds.Select(id => (JsonNode?)JsonValue.Create(model.Competence(id).Name.Get(lang, model.Config.DefaultLanguage))).ToArray()),
                ["language"] = lang,
                ["_caselib"] = new JsonObject { ["licence"] = Licences.Name(licence), ["licence_url"] = Licences.Url(licence) },
            };
            items.Add(item);
        }
        var feed = new JsonObject
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = $"{model.Config.Title.Get(lang, model.Config.DefaultLanguage)} — {views.T("feed.title")}",
            ["home_page_url"] = urls.Absolute(SiteUrls.Home(lang)),
            ["feed_url"] = urls.Absolute(SiteUrls.JsonFeed(lang)),
            ["description"] = model.Config.Tagline.Get(lang, model.Config.DefaultLanguage),
            ["language"] = lang,
            ["items"] = items,
        };
        return OutputFile.Text(SiteUrls.JsonFeed(lang), feed.ToJsonString(Options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n", "cases");
    }

    private static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
