using Scriban.Runtime;
using CaseLibrary.Configuration;
using CaseLibrary.Content;
using CaseLibrary.Markdown;
using CaseLibrary.Model;
using CaseLibrary.Rendering.Views;

namespace CaseLibrary.Rendering;

/// <summary>Turns the model into read-only views in one page language: labels, URLs and dates resolved.</summary>
public sealed class ViewFactory
{
    private readonly LibraryModel _model;
    private readonly UiStrings _strings;
    private readonly SiteUrls _urls;
    private readonly string _lang;
    private readonly string _default;

    public ViewFactory(LibraryModel model, UiStrings strings, SiteUrls urls, string lang, bool pdf = false)
    {
        Pdf = pdf;
        _model = model;
        _strings = strings;
        _urls = urls;
        _lang = lang;
        _default = model.Config.DefaultLanguage;
    }

    public string Lang => _lang;

    /// <summary>Whether the build makes a PDF of every case version (--pdf).</summary>
    public bool Pdf { get; }

    public SiteUrls Urls => _urls;

    public string T(string key) => _strings.Get(_lang, key);

    public string Link(string relative) => _urls.Link(relative);

    public string Absolute(string relative) => _urls.Absolute(relative);

    public string Tf(string key, object value) => _strings.Format(_lang, key, value);

    public string Tf(string key, object first, object second) => _strings.Format(_lang, key, first, second);

    public SiteView Site(string cssUrl, string packScriptUrl = "") => new(
        _model.Config.Title.Get(_lang, _default),
        _model.Config.Tagline.Get(_lang, _default),
        _model.Config.Credit.Get(_lang, _default),
        _lang,
        _default,
        _urls.Link(""),
        new NavView(
            _urls.Link(SiteUrls.Home(_lang)), _urls.Link(SiteUrls.Cases(_lang)), _urls.Link(SiteUrls.Competences(_lang)),
            _urls.Link(SiteUrls.Countries(_lang)), _urls.Link(SiteUrls.Authors(_lang)), _urls.Link(SiteUrls.Languages(_lang)),
            _urls.Link(SiteUrls.Search(_lang))) { Matrix = _urls.Link(SiteUrls.Matrix(_lang)) },
        cssUrl,
        _urls.Link(SiteUrls.Feed(_lang)),
        Licences.Name(_model.Config.Licence),
        Licences.Url(_model.Config.Licence))
    {
        JsonFeedUrl = _urls.Link(SiteUrls.JsonFeed(_lang)),
        Paper = _model.Config.Paper(_lang),
        PackScriptUrl = packScriptUrl,
        CoursePackUrl = _urls.Link(SiteUrls.CoursePack(_lang)),
        AboutUrl = _model.Config.HasAbout ? _urls.Link(SiteUrls.About(_lang)) : "",
        LicenceNotice = LinkedSentence(T("footer.licence"), Licences.Url(_model.Config.Licence), Licences.Name(_model.Config.Licence)),
    };

    /// <summary>A translated sentence whose <c>{0}</c> becomes a link (rel="license"); a sentence without it gets the link after it.</summary>
    private static HtmlString LinkedSentence(string sentence, string url, string text)
    {
        var link = $"<a href=\"{Html.Escape(url)}\" rel=\"license\">{Html.Escape(text)}</a>";
        var at = sentence.IndexOf("{0}", StringComparison.Ordinal);
        return new HtmlString(at < 0
            ? Html.Escape(sentence) + " " + link
            : Html.Escape(sentence[..at]) + link + Html.Escape(sentence[(at + 3)..]));
    }

    public string CountryName(string code) => _strings.Find(_lang, "countries_names." + code) ?? code;

    public string LanguageName(string code) => _strings.Find(_lang, "language_names." + code) ?? LanguageInfo.Find(code)?.Endonym ?? code;

    public LinkView CompetenceLink(string id) =>
        new(_model.Competence(id).Name.Get(_lang, _default), _urls.Link(SiteUrls.Competence(_lang, id)));

    public LinkView AuthorLink(string id) => new(_model.Author(id).Name, _urls.Link(SiteUrls.Author(_lang, id)));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CaseCardView> _cards = new(StringComparer.Ordinal);

    /// <summary>The card of a case in this language; made once and shared by every list the case is on.</summary>
    private Scriban.Runtime.ScriptObject? _functions;

    /// <summary>
    /// The template functions of this language (<c>t</c>, <c>tf</c>), made once and shared read-only by every page:
    /// importing a delegate into Scriban is costly, and was done per page.
    /// </summary>
    public Scriban.Runtime.ScriptObject Functions => LazyInitializer.EnsureInitialized(ref _functions, () =>
    {
        var functions = new Scriban.Runtime.ScriptObject();
        functions.Import("t", (Func<string, string>)T);
        functions.Import("tf", (Func<string, object, string>)Tf);
        return functions;
    });

    /// <summary>Lets go of the cards made so far, once every page of this language is rendered (a later card is made again).</summary>
    public void ForgetCards() => _cards.Clear();

    public CaseCardView Card(CaseStudy study) => CardOf(study, study.For(_lang, _default));

    /// <summary>
    /// The card of one language version of a case (a language page links the versions in its language, an author's
    /// page the version the author wrote or translated); <paramref name="role"/> says which, on an author's page.
    /// </summary>
    public CaseCardView CardOf(CaseStudy study, CaseDocument version, CardRole role = CardRole.None) =>
        _cards.GetOrAdd(study.Id + "/" + version.Language + "/" + role, _ => NewCard(study, version, role));

    private CaseCardView NewCard(CaseStudy study, CaseDocument version, CardRole role)
    {
        return new CaseCardView(
            study.Id,
            _urls.Link(SiteUrls.Case(version.Language, study.Id)),
            version.Title,
            version.Summary,
            version.Language,
            LanguageName(version.Language),
            version.Language != _lang,
            study.Country,
            CountryName(study.Country),
            _urls.Link(SiteUrls.Country(_lang, study.Country)),
            study.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            _strings.FormatDate(_lang, study.Date),
            study.CompetenceIds.Select(CompetenceLink).ToList(),
            version.LearningObjectives)
        {
            LicenceId = version.Licence?.Id ?? _model.Config.Licence,
            LicenceName = Licences.Name(version.Licence?.Id ?? _model.Config.Licence),
            Notes = NotesFor(study, version.Language) is { } notes ? NotesLink(study, notes) : null,
            Role = role switch { CardRole.Wrote => "wrote", CardRole.Translated => "translated", _ => "" },
            RoleText = role switch
            {
                CardRole.Wrote => T("authors.role_wrote"),
                CardRole.Translated => Tf("authors.role_translated", LanguageName(version.Language)),
                _ => "",
            },
        };
    }

    /// <summary>The teaching notes a page in this language points to for a version of a case (see <see cref="CaseStudy.NotesByPreference"/>).</summary>
    public TeachingNotes? NotesFor(CaseStudy study, string versionLanguage) => NotesByPreference(study, versionLanguage).FirstOrDefault();

    private IEnumerable<TeachingNotes> NotesByPreference(CaseStudy study, string versionLanguage) => study.NotesByPreference(versionLanguage, _lang);

    /// <summary>The link to a set of notes as this language's pages show it ("Teaching notes (English)" when foreign).</summary>
    public NotesLinkView NotesLink(CaseStudy study, TeachingNotes notes)
    {
        var other = notes.Language != _lang;
        return new NotesLinkView(_urls.Link(SiteUrls.Notes(notes.Language, study.Id)), notes.Language,
            other ? Tf("notes.in_language", LanguageName(notes.Language)) : T("notes.link"), other);
    }

    public IReadOnlyList<CaseCardView> Cards(IEnumerable<CaseStudy> cases) => cases.Select(Card).ToList();

    public CaseView Case(CaseStudy study, CaseDocument version)
    {
        var licence = version.Licence?.Id ?? _model.Config.Licence;
        var original = study.Original;
        var citation = Citations.CitationFactory.For(_model, study, version, _urls, Pdf, _strings.Get(version.Language, "case.licence"));
        return new CaseView(
            study.Id,
            version.Title,
            version.Summary,
            new HtmlString(version.Body.Html),
            version.Body.Headings.Where(h => h.Level == 2).Select(h => new HeadingView(h.Id, h.Text)).ToList(),
            MarkdownConverter.ReadingMinutes(version.Body.WordCount),
            study.Country,
            CountryName(study.Country),
            _urls.Link(SiteUrls.Country(_lang, study.Country)),
            study.CompetenceIds.Select(CompetenceLink).ToList(),
            study.AuthorIds.Select(AuthorLink).ToList(),
            version.Translators.Select(t => t.Id).Distinct().Select(AuthorLink).ToList(),
            Iso(study.Date),
            _strings.FormatDate(_lang, study.Date),
            version.Updated is { } updated ? Iso(updated) : null,
            version.Updated is { } u ? _strings.FormatDate(_lang, u) : null,
            Licences.Name(licence),
            Licences.Url(licence),
            version.Tags,
            version.LearningObjectives,
            version.DiscussionQuestions,
            study.Versions.Where(v => v.Language != _lang)
                .Select(v => new LanguageLinkView(v.Language, LanguageInfo.Find(v.Language)?.Endonym ?? v.Language, _urls.Link(SiteUrls.Case(v.Language, study.Id)), false))
                .ToList(),
            !ReferenceEquals(version, original),
            original.Language,
            LanguageName(original.Language))
        {
            NotesUrl = study.NotesIn(version.Language) is null ? null : _urls.Link(SiteUrls.Notes(version.Language, study.Id)),
            OtherNotes = study.NotesIn(version.Language) is null
                ? NotesByPreference(study, version.Language).Select(n => NotesLink(study, n)).ToList()
                : [],
            Citation = Citations.ApaCitation.Format(citation, T("cite.translators"), _strings.FormatDate(_lang, citation.Issued, "cite.date")),
            BibUrl = Citations.CitationFactory.BibData(citation),
            BibFile = Citations.CitationFactory.FileName(version.Language, study.Id, "bib"),
            RisUrl = Citations.CitationFactory.RisData(citation),
            RisFile = Citations.CitationFactory.FileName(version.Language, study.Id, "ris"),
            CslUrl = Citations.CitationFactory.CslData(citation),
            CslFile = Citations.CitationFactory.FileName(version.Language, study.Id, "json"),
            PdfUrl = Pdf ? _urls.Link(Citations.CitationFactory.PdfPath(version.Language, study.Id)) : null,
            TranslationDateIso = version.IsTranslation ? Iso(version.Updated ?? version.Date) : null,
            TranslationDateText = version.IsTranslation ? _strings.FormatDate(_lang, version.Updated ?? version.Date) : null,
            Outdated = !ReferenceEquals(version, original) && (original.Updated ?? original.Date) > (version.Updated ?? version.Date),
            OriginalUrl = _urls.Link(SiteUrls.Case(original.Language, study.Id)),
            CoursePackUrl = _urls.Link(SiteUrls.CoursePack(_lang)),
            IsDraft = version.Draft,
            Related = Cards(_model.Related.For(study)),
        };
    }

    public CompetenceView Competence(string id)
    {
        var competence = _model.Competence(id);
        return new CompetenceView(id, competence.Number, competence.Name.Get(_lang, _default), _urls.Link(SiteUrls.Competence(_lang, id)), competence.Description.Get(_lang, _default));
    }

    public NotesView Notes(CaseStudy study, CaseDocument version, TeachingNotes notes)
    {
        var licence = version.Licence?.Id ?? _model.Config.Licence;
        return new NotesView(
            study.Id,
            notes.Title ?? Tf("notes.title", version.Title),
            version.Title,
            _urls.Link(SiteUrls.Case(version.Language, study.Id)),
            notes.TargetGroup,
            notes.Duration,
            new HtmlString(notes.Body.Html),
            notes.Body.Headings.Where(h => h.Level == 2).Select(h => new HeadingView(h.Id, h.Text)).ToList(),
            study.CompetenceIds.Select(Competence).ToList(),
            version.LearningObjectives,
            version.DiscussionQuestions,
            Licences.Name(licence),
            Licences.Url(licence));
    }

    public TermView Term(string id, string name, string url, string description, string extra, IReadOnlyList<CaseStudy> cases, IReadOnlyList<LinkView>? links = null) =>
        TermOf(id, name, url, description, extra, Cards(cases), links);

    public TermView TermOf(string id, string name, string url, string description, string extra, IReadOnlyList<CaseCardView> cards, IReadOnlyList<LinkView>? links = null) =>
        new(id, name, url, description, extra, cards.Count, CountText(cards.Count), cards, links ?? []);

    public string CountText(int count) => count == 1 ? T("cases.one") : Tf("cases.count", count);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
