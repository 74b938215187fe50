using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseLibrary.Model;

namespace CaseLibrary.Rendering;

/// <summary>
/// <c>/&lt;lang&gt;/course-pack/cases.json</c>: the index the course pack needs before it fetches anything else. Every
/// case as a reader of the language sees it (their version, else the fallback): id, language, title, summary, page,
/// the competences it addresses (named in the pack's language, for the cover page) and where its teaching notes are
/// (the pack's language first, else the version's, the default language's or any). The full text of a case and of
/// its notes is not repeated here: the pack fetches the case page and the notes page (same origin, so the site's
/// Content-Security-Policy allows it) and takes their article, so the index stays small as the library grows.
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
            var competences = new JsonArray();
            foreach (var id in study.CompetenceIds)
            {
                var competence = views.Competence(id);
                competences.Add(new JsonObject { ["id"] = id, ["number"] = competence.Number, ["name"] = competence.Name });
            }
            var item = new JsonObject
            {
                ["id"] = study.Id,
                ["lang"] = version.Language,
                ["title"] = version.Title,
                ["summary"] = version.Summary,
                ["url"] = views.Link(SiteUrls.Case(version.Language, study.Id)),
                ["competences"] = competences,
            };
            if (NotesFor(study, lang, version.Language, model.Config.DefaultLanguage) is { } notes)
            {
                item["notesUrl"] = views.Link(SiteUrls.Notes(notes.Language, study.Id));
                item["notesLang"] = notes.Language;
            }
            cases.Add(item);
        }
        var data = new JsonObject { ["lang"] = lang, ["cases"] = cases };
        return OutputFile.Text(SiteUrls.CoursePackData(lang), data.ToJsonString(Options) + "\n", "cases");
    }

    /// <summary>The notes a trainer of <paramref name="lang"/> gets: theirs, else those of the version shown, the default language's, or the first (ordinal) that exists with a page.</summary>
    private static Content.TeachingNotes? NotesFor(CaseStudy study, string lang, string versionLang, string defaultLang)
    {
        foreach (var candidate in new[] { lang, versionLang, defaultLang })
            if (study.NotesIn(candidate) is { } notes && study.In(candidate) is not null) return notes;
        return study.Notes.Where(n => study.In(n.Language) is not null).OrderBy(n => n.Language, StringComparer.Ordinal).FirstOrDefault();
    }
}
