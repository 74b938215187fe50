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
/// body. The compact result store (<see cref="Store"/>) holds per case ref what every hit is filtered and counted
/// by; what a result shows (title, summary, section texts) is a file per version (<see cref="Result"/>), fetched
/// only for the results shown, so a search's download does not grow with the library's texts.
/// </summary>
public static class SearchCatalog
{
    /// <summary>Where a result's case id goes in the store's "url" and in the section texts' address.</summary>
    public const string UrlIdPlaceholder = "{id}";

    /// <summary>Where a result's case ref goes in the store's "result".</summary>
    public const string RefPlaceholder = "{ref}";

    /// <summary>Where a result's teaching notes' language goes in the store's "notes".</summary>
    public const string LangPlaceholder = "{lang}";

    /// <summary>Between a case ref and its section number in a document ref.</summary>
    public const char SectionSeparator = '.';

    public static readonly IReadOnlyList<SearchField> Fields =
    [
        new("title", 10), new("tags", 4), new("summary", 3), new("competences", 2), new("country", 2), new("authors", 2), new("heading", 3), new("body", 1),
    ];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<SearchDocument> Documents(LibraryModel model, string lang, Func<string, string> countryName, Func<string, string>? uiString = null) =>
        EachDocument(model, lang, countryName, uiString).ToList();

    /// <summary>The ids the case page gives the headings of its learning objectives and discussion questions (theme/layouts/case.html).</summary>
    public const string ObjectivesId = "cl-objectives";

    public const string QuestionsId = "cl-questions";

    /// <summary>A section a version is searched and shown by: its heading's id on the case page, the heading, its text.</summary>
    public sealed record Section(string Id, string Heading, string Text);

    /// <summary>
    /// The sections a version is searched and shown by, in order: its body's (the first for the text before the first
    /// heading), then its learning objectives and its discussion questions, each as the case page shows them (under the
    /// page's headings, <see cref="ObjectivesId"/> and <see cref="QuestionsId"/>; their words were found nowhere, and a
    /// typo fallback "corrected" them into other words). <paramref name="uiString"/> gives the headings' texts in the
    /// version's language (case.learning_objectives, case.discussion_questions).
    /// </summary>
    public static IReadOnlyList<Section> Sections(CaseDocument version, Func<string, string>? uiString)
    {
        var sections = version.Body.Sections.Select(s => new Section(s.Id, s.Heading, s.Text)).ToList();
        string Label(string key) => uiString?.Invoke(key) ?? key;
        if (version.LearningObjectives.Count > 0)
            sections.Add(new(ObjectivesId, Label("case.learning_objectives"), string.Join("\n", version.LearningObjectives)));
        if (version.DiscussionQuestions.Count > 0)
            sections.Add(new(QuestionsId, Label("case.discussion_questions"), string.Join("\n", version.DiscussionQuestions)));
        return sections;
    }

    /// <summary>
    /// <see cref="Documents"/> made one case version at a time as they are enumerated (a version's sections are unpacked
    /// then), so that the index builder, which reads each once, never holds every text of a language at once.
    /// </summary>
    public static IEnumerable<SearchDocument> EachDocument(LibraryModel model, string lang, Func<string, string> countryName, Func<string, string>? uiString = null)
    {
        for (var i = 0; i < model.Cases.Count; i++)
        {
            var study = model.Cases[i];
            var version = study.In(lang);
            if (version is null) continue;
            var sections = Sections(version, uiString);
            for (var s = 0; s < sections.Count; s++)
            {
                var about = s == 0 ? CaseData.Of(model, study, version, lang, countryName) : null;
                string[] values = about is not null
                    ?
                    [
                        version.Title,
                        string.Join(" ", about.Tags),
                        version.Summary,
                        string.Join(" ", about.Competences.Select(c => c.Name)),
                        about.Country,
                        string.Join(" ", about.Authors.Select(a => a.Name)),
                        "",
                        sections[s].Text,
                    ]
                    : ["", "", "", "", "", "", sections[s].Heading, sections[s].Text];
                yield return new SearchDocument(SectionRef(i, s), values.Select(v => LongTokens.Drop(Apostrophes.Split(v))).ToArray());
            }
        }
    }

    /// <summary>A section document's ref: "&lt;case ref&gt;.&lt;section number&gt;".</summary>
    public static string SectionRef(int caseIndex, int section) =>
        Ref(caseIndex) + SectionSeparator + section.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The result store: what every hit needs to be filtered, counted and ordered, and nothing a reader only sees on
    /// the results shown (those are in each version's result file, <see cref="Result"/>).
    /// {"v": <see cref="Version"/>, "url": "/en/cases/{id}/", "notes": "/{lang}/cases/{id}/notes/",
    /// "competence": "/en/competences/{id}/", "country": "/en/countries/{id}/" (the code in lower case), "author":
    /// "/en/authors/{id}/", "result": "/en/search/result/{ref}.json", "countries": [code, …],
    /// "competences": [id, …], "languages": [code, …], "docs": [doc, …]}. docs[n] is the case whose ref is n in base 36
    /// (its position in the library, newest first then by id, so a lower position wins a tie of scores):
    /// 0 when the case has no version in this language, else [country, notes, competence, …] as positions in
    /// "countries", "languages" (-1: no teaching notes) and "competences". Notes is the language of the teaching notes
    /// the version's readers are offered (its own, else another version's: <see cref="CaseStudy.NotesByPreference"/>).
    /// A result's link is "url" with its id in place of {id} (case ids are URL-safe).
    /// </summary>
    public static string Store(LibraryModel model, string lang, SiteUrls urls)
    {
        var countries = Positions(model.Countries);
        var competences = Positions(model.Competences.Select(c => c.Id));
        var languages = Positions(model.Config.Languages);
        var docs = new JsonArray();
        foreach (var study in model.Cases)
        {
            if (study.In(lang) is null)
            {
                docs.Add(0);
                continue;
            }
            var notes = study.NotesByPreference(lang, lang).FirstOrDefault()?.Language;
            var doc = new JsonArray(countries[study.Country], notes is null ? -1 : languages[notes]);
            foreach (var id in study.CompetenceIds) doc.Add(competences[id]);
            docs.Add(doc);
        }
        return new JsonObject
        {
            ["v"] = Version(model),
            ["url"] = urls.Link(SiteUrls.Case(lang, UrlIdPlaceholder)),
            ["notes"] = urls.Link(SiteUrls.Notes(LangPlaceholder, UrlIdPlaceholder)),
            ["competence"] = urls.Link(SiteUrls.Competence(lang, UrlIdPlaceholder)),
            ["country"] = urls.Link(SiteUrls.Country(lang, UrlIdPlaceholder)),
            ["author"] = urls.Link(SiteUrls.Author(lang, UrlIdPlaceholder)),
            ["result"] = urls.Link(SearchStage.ResultPath(lang, RefPlaceholder)),
            ["countries"] = Strings(model.Countries),
            ["competences"] = Strings(model.Competences.Select(c => c.Id)),
            ["languages"] = Strings(model.Config.Languages),
            ["docs"] = docs,
        }.ToJsonString(Json);
    }

    /// <summary>
    /// What a result shows, fetched for the results on screen only: {"v": <see cref="Version"/>, "id", "title",
    /// "summary", "sections": [[heading id, heading, text], …], "tags": [tag, …], "competences": [[id, name], …],
    /// "country": name, "authors": [[id, name], …]}, the sections in order, the first for the text before the first
    /// heading (id and heading empty); runs of white space are one space. The tags, competences, country and authors
    /// are the texts section 0 indexes (<see cref="CaseData"/>): a result that matched only through them says which
    /// value matched (search-worker.js).
    /// </summary>
    /// <param name="libraryVersion">The library's <see cref="Version"/> (computed once per build).</param>
    public static string Result(string libraryVersion, CaseStudy study, CaseDocument version, CaseData about, Func<string, string>? uiString = null) =>
        new JsonObject
        {
            ["v"] = libraryVersion,
            ["id"] = study.Id,
            ["title"] = version.Title,
            ["summary"] = version.Summary,
            ["sections"] = new JsonArray(Sections(version, uiString).Select(s => (JsonNode?)new JsonArray(s.Id, s.Heading, Flat(s.Text))).ToArray()),
            ["tags"] = Strings(about.Tags),
            ["competences"] = Pairs(about.Competences),
            ["country"] = about.Country,
            ["authors"] = Pairs(about.Authors),
        }.ToJsonString(Json);

    private static JsonArray Pairs(IEnumerable<CaseData.Named> values) =>
        new(values.Select(v => (JsonNode?)new JsonArray(v.Id, v.Name)).ToArray());

    /// <summary>
    /// Names the library's order of cases (a hash of their ids in order). Result files are addressed by ref, a
    /// position that shifts when a case is added, so the worker compares a result file's "v" with its store's and,
    /// when a browser's cache served a file of an earlier publication, fetches it again past the cache.
    /// </summary>
    public static string Version(LibraryModel model) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join('\n', model.Cases.Select(c => c.Id)))))[..12];

    private static Dictionary<string, int> Positions(IEnumerable<string> values) =>
        values.Select((value, i) => (value, i)).ToDictionary(p => p.value, p => p.i, StringComparer.Ordinal);

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

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
