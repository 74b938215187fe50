using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseLibrary.Model;
using CaseLibrary.Rendering.Citations;

namespace CaseLibrary.Rendering;

/// <summary>
/// <c>/&lt;lang&gt;/course-pack/cases.json</c>: every case as a reader of the language sees it (their version, else the
/// fallback), with what a course pack prints: title, summary, objectives, questions, licence, citation and the
/// teaching notes as HTML (converted by our Markdown pipeline, so it holds no raw HTML from authors).
/// </summary>
public static class CoursePackData
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };

    public static OutputFile Write(LibraryModel model, ViewFactory views)
    {
        var lang = views.Lang;
        var cases = new JsonArray();
        foreach (var study in model.Cases)
        {
            var version = study.For(lang, model.Config.DefaultLanguage);
            var licence = version.Licence?.Id ?? model.Config.Licence;
            var citation = CitationFactory.For(model, study, version, views.Urls, views.Pdf);
            var item = new JsonObject
            {
                ["id"] = study.Id,
                ["lang"] = version.Language,
                ["title"] = version.Title,
                ["summary"] = version.Summary,
                ["url"] = views.Link(SiteUrls.Case(version.Language, study.Id)),
                ["objectives"] = Strings(version.LearningObjectives),
                ["questions"] = Strings(version.DiscussionQuestions),
                ["licence"] = Licences.Name(licence),
                ["licenceUrl"] = Licences.Url(licence),
                ["citation"] = ApaCitation.Format(citation, views.T("cite.translators")),
            };
            if (study.NotesIn(version.Language) is { } notes)
            {
                item["notesUrl"] = views.Link(SiteUrls.Notes(version.Language, study.Id));
                item["notesHtml"] = notes.Body.Html;
            }
            cases.Add(item);
        }
        var data = new JsonObject { ["lang"] = lang, ["cases"] = cases };
        return OutputFile.Text(SiteUrls.CoursePackData(lang), data.ToJsonString(Options) + "\n", "cases");
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
