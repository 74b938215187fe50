using CaseLibrary.Diagnostics;
using CaseLibrary.Model;
using CaseLibrary.Rendering.Views;

namespace CaseLibrary.Rendering;

/// <summary>The pages of one site language: home, lists, cases and the browse pages per competence, country, author and language.</summary>
public sealed class LanguagePages
{
    private readonly LibraryModel _model;
    private readonly PageRenderer _renderer;
    private readonly ViewFactory _views;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _lang;
    private readonly string _templateSource;
    private readonly Paginator _paginator;
    private readonly Paginator _names;

    /// <param name="paginator">Pages of case cards (the lists, the competence, country, author and language pages).</param>
    /// <param name="names">Pages of the list of authors.</param>
    public LanguagePages(LibraryModel model, PageRenderer renderer, ViewFactory views, string templateSource, DiagnosticBag diagnostics, Paginator? paginator = null,
        Paginator? names = null)
    {
        _paginator = paginator ?? new Paginator();
        _names = names ?? new Paginator(Paginator.NamesSize);
        _model = model;
        _renderer = renderer;
        _views = views;
        _diagnostics = diagnostics;
        _lang = views.Lang;
        _templateSource = templateSource;
    }

    /// <summary>Every page of the language as a deferred job, so the caller can run them in parallel.</summary>
    public IEnumerable<Func<OutputFile?>> Jobs(SearchPage? search)
    {
        if (search is not null)
        {
            yield return () => _renderer.Render(_views, "search", SiteUrls.Search(_lang),
                _renderer.Head("search", _lang, _views.T("search.heading"), _views.T("search.intro"), SiteUrls.Search) with { Scripts = search.Scripts },
                new Dictionary<string, object?> { ["search"] = search.View(_views), ["competences"] = CompetenceTerms().Where(t => t.Count > 0).ToList() }, _templateSource, _diagnostics);
        }
        var languages = _model.Config.Languages;
        yield return () => List("home", SiteUrls.Home, _views.Site("").Title, _views.Site("").Tagline,
            new() { ["cards"] = _views.Cards(_model.Cases.Take(6)), ["total"] = _model.Cases.Count, ["competences"] = CompetenceTerms() });
        var licences = new Lazy<List<LicenceOptionView>>(Licences);
        var withNotes = _model.Cases.Where(c => c.Notes.Count > 0).ToList();
        var filters = new Lazy<ListFiltersView>(() => Filters(withNotes.Count));
        foreach (var job in Pages("cases", SiteUrls.Cases, _model.Cases, _views.T("cases.heading"), _model.Cases.Count == 1 ? _views.T("cases.intro_one") : _views.Tf("cases.intro", _model.Cases.Count),
            shown => new() { ["cards"] = _views.Cards(shown), ["licences"] = licences.Value, ["filters"] = filters.Value }))
            yield return job;
        if (withNotes.Count > 0)
        {
            foreach (var job in Pages("teaching-notes", SiteUrls.TeachingNotes, withNotes, _views.T("with_notes.heading"),
                withNotes.Count == 1 ? _views.T("with_notes.intro_one") : _views.Tf("with_notes.intro", withNotes.Count),
                shown => new() { ["cards"] = _views.Cards(shown) }))
                yield return job;
        }

        foreach (var job in CaseJobs(null)) yield return job;

        if (_model.Config.HasAbout)
        {
            var about = AboutView.Of(_model.Config.About, _lang, _model.Config.DefaultLanguage);
            about = about with { LangName = _views.LanguageName(about.Lang) };
            yield return () => List("about", SiteUrls.About, _views.T("about.heading"), about.Paragraphs.FirstOrDefault() ?? _views.T("about.heading"),
                new() { ["about"] = about });
        }

        yield return () => List("competences", SiteUrls.Competences, _views.T("competences.heading"), _views.T("competences.intro"),
            new() { ["terms"] = CompetenceTerms() });
        foreach (var competence in _model.Competences)
        {
            var description = competence.Description.Get(_lang, _model.Config.DefaultLanguage);
            foreach (var job in TermPages("competence", l => SiteUrls.Competence(l, competence.Id), _model.CasesWithCompetence(competence.Id).ToList(),
                shown => CompetenceTerm(competence, shown), _ => description))
                yield return job;
        }

        yield return () => List("countries", SiteUrls.Countries, _views.T("countries.heading"), _views.T("countries.intro"),
            new() { ["terms"] = SortedCountries().Select(c => CountryTerm(c, [])).ToList() });
        foreach (var country in _model.Countries)
        {
            foreach (var job in TermPages("country", l => SiteUrls.Country(l, country), _model.CasesFrom(country).ToList(),
                shown => CountryTerm(country, shown), _ => _views.Tf("countries.cases_heading", _views.CountryName(country))))
                yield return job;
        }

        // The list of authors grows with the library (a name, a country and a count each, ~170 bytes): it is paginated
        // like the lists of cases, with more entries a page.
        foreach (var job in Pages(_names, "authors", SiteUrls.Authors, CreditedAuthors().ToList(), _views.T("authors.heading"), _views.T("authors.intro"),
            shown => new() { ["terms"] = shown.Select(a => AuthorTerm(a, [])).ToList() }))
            yield return job;
        foreach (var author in CreditedAuthors())
        {
            var bio = author.Bio.Get(_lang, _model.Config.DefaultLanguage);
            var credits = AuthorCredits(author.Id);
            foreach (var job in TermPages("author", l => SiteUrls.Author(l, author.Id), credits, shown => AuthorTerm(author, shown), _ => bio))
                yield return job;
        }

        yield return () => List("languages", SiteUrls.Languages, _views.T("languages.heading"), _views.T("languages.intro"),
            new() { ["terms"] = languages.Select(LanguageListEntry).ToList() });
        foreach (var language in languages)
        {
            var versions = _model.CasesIn(language).Select(c => _views.CardOf(c, c.In(language)!)).ToList();
            foreach (var job in TermPages("language", l => SiteUrls.Language(l, language), versions,
                shown => LanguageTerm(language, shown), _ => _views.Tf("languages.cases_heading", _views.LanguageName(language))))
                yield return job;
        }
    }

    /// <summary>The page of each case in this language (of the given cases only, when <paramref name="only"/> is set).</summary>
    public IEnumerable<Func<OutputFile?>> CaseJobs(IReadOnlySet<string>? only)
    {
        foreach (var study in _model.Cases)
        {
            if (only is not null && !only.Contains(study.Id)) continue;
            var version = study.In(_lang);
            if (version is null) continue;
            yield return () =>
            {
                var view = _views.Case(study, version);
                var head = _renderer.Head("case", _lang, version.Title, version.Summary,
                    l => study.In(l) is null ? null : SiteUrls.Case(l, study.Id), JsonLd.ForCase(_model, study, version, _views))
                    with { Meta = Citations.CitationFactory.Highwire(Citations.CitationFactory.For(_model, study, version, _views.Urls, _views.Pdf)) };
                return _renderer.Render(_views, "case", SiteUrls.Case(_lang, study.Id), head, new Dictionary<string, object?> { ["study"] = view }, version.SourcePath, _diagnostics);
            };
        }
    }

    /// <summary>Authors credited on at least one case (as author or translator): only they get a page and a place in the list.</summary>
    private IEnumerable<Content.Author> CreditedAuthors() => _model.Authors.Where(a => _model.CasesBy(a.Id).Any());

    private OutputFile? List(string template, Func<string, string> pathOf, string title, string description, Dictionary<string, object?> data) =>
        _renderer.Render(_views, template, pathOf(_lang), _renderer.Head(template, _lang, title, description, pathOf), data, _templateSource, _diagnostics);

    /// <summary>The pages of a paginated list of cases, one job per page.</summary>
    private IEnumerable<Func<OutputFile?>> Pages(string template, Func<string, string> pathOf, IReadOnlyList<CaseStudy> cases, string title, string description,
        Func<IReadOnlyList<CaseStudy>, Dictionary<string, object?>> data) =>
        Pages(_paginator, template, pathOf, cases, title, description, data);

    /// <summary>The pages of a paginated list of <paramref name="items"/>, <paramref name="paginator"/>'s size a page, one job per page.</summary>
    private IEnumerable<Func<OutputFile?>> Pages<T>(Paginator paginator, string template, Func<string, string> pathOf, IReadOnlyList<T> items, string title,
        string description, Func<IReadOnlyList<T>, Dictionary<string, object?>> data)
    {
        var count = paginator.PageCount(items.Count);
        for (var n = 1; n <= count; n++)
        {
            var number = n;
            yield return () => Page(template, pathOf, number, count, title, description, data(paginator.Slice(items, number)));
        }
    }

    private IEnumerable<Func<OutputFile?>> TermPages(string template, Func<string, string> pathOf, IReadOnlyList<CaseStudy> cases,
        Func<IReadOnlyList<CaseStudy>, TermView> termOf, Func<TermView, string> descriptionOf) =>
        TermPages<CaseStudy>(template, pathOf, cases, termOf, descriptionOf);

    private IEnumerable<Func<OutputFile?>> TermPages<T>(string template, Func<string, string> pathOf, IReadOnlyList<T> cases,
        Func<IReadOnlyList<T>, TermView> termOf, Func<TermView, string> descriptionOf)
    {
        var count = _paginator.PageCount(cases.Count);
        for (var n = 1; n <= count; n++)
        {
            var number = n;
            yield return () =>
            {
                var term = termOf(_paginator.Slice(cases, number));
                var description = descriptionOf(term);
                return Page(template, pathOf, number, count, term.Name, description.Length > 0 ? description : term.Name, new() { ["term"] = term });
            };
        }
    }

    private OutputFile? Page(string template, Func<string, string> pathOf, int number, int count, string title, string description, Dictionary<string, object?> data) =>
        _renderer.RenderListPage(_views, template, pathOf, number, count, title, description, data, _templateSource, _diagnostics);

    /// <summary>The licences of the cases as a reader of the language sees them, for the licence filter.</summary>
    private List<LicenceOptionView> Licences() =>
        _views.Cards(_model.Cases).GroupBy(c => c.LicenceId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LicenceOptionView(g.Key, g.First().LicenceName, g.Count(), _views.CountText(g.Count()))).ToList();

    /// <summary>The links that narrow the list of all cases: only to pages with at least one case.</summary>
    private ListFiltersView Filters(int withNotes) => new(
        CompetenceTerms().Where(t => t.Count > 0).ToList(),
        SortedCountries().Select(c => CountryTerm(c, [])).Where(t => t.Count > 0).ToList(),
        _model.Config.Languages.Select(l => LanguageTerm(l, [])).Where(t => t.Count > 0).ToList(),
        withNotes > 0 ? _views.Link(SiteUrls.TeachingNotes(_lang)) : "",
        withNotes,
        _views.CountText(withNotes));

    private List<TermView> CompetenceTerms() => _model.Competences.Select(c => CompetenceTerm(c, [])).ToList();

    private TermView CompetenceTerm(Content.Competence competence, IReadOnlyList<CaseStudy> shown)
    {
        var link = _views.CompetenceLink(competence.Id);
        var cases = _model.CasesWithCompetence(competence.Id).ToList();
        return _views.Term(competence.Id, link.Text, link.Url, competence.Description.Get(_lang, _model.Config.DefaultLanguage),
            _views.Tf("competences.number", competence.Number), shown, null) with { Count = cases.Count, CountText = _views.CountText(cases.Count) };
    }

    /// <summary>The countries by their name in the page's language (<see cref="NameCollation"/>), not by code.</summary>
    private IEnumerable<string> SortedCountries() => _model.Countries.OrderBy(_views.CountryName, NameCollation.For(_lang)).ThenBy(c => c, StringComparer.Ordinal);

    private TermView CountryTerm(string code, IReadOnlyList<CaseStudy> shown)
    {
        var cases = _model.CasesFrom(code).ToList();
        return _views.Term(code, _views.CountryName(code), _views.Link(SiteUrls.Country(_lang, code)), "", "", shown)
            with { Count = cases.Count, CountText = _views.CountText(cases.Count) };
    }

    /// <summary>
    /// What an author did, one card per version: the original of each case they wrote, then each translation they made
    /// (in the library's order of cases), so the card links to the text that is theirs.
    /// </summary>
    private List<CaseCardView> AuthorCredits(string authorId) =>
        _model.CasesBy(authorId).SelectMany(study =>
            (study.AuthorIds.Contains(authorId, StringComparer.Ordinal) ? [_views.CardOf(study, study.Original, CardRole.Wrote)] : Enumerable.Empty<CaseCardView>())
                .Concat(study.Versions.Where(v => v.Translators.Any(t => t.Id == authorId)).Select(v => _views.CardOf(study, v, CardRole.Translated))))
            .ToList();

    private TermView AuthorTerm(Content.Author author, IReadOnlyList<CaseCardView> shown)
    {
        var credits = AuthorCredits(author.Id);
        var wrote = credits.Count(c => c.Role == "wrote");
        var translated = credits.Count(c => c.Role == "translated");
        var extra = string.Join(" · ", new[] { author.Organisation, author.Country is null ? null : _views.CountryName(author.Country.Id) }.Where(s => !string.IsNullOrEmpty(s)));
        var countText = string.Join(" · ", new[]
        {
            wrote == 0 ? null : wrote == 1 ? _views.T("authors.wrote_one") : _views.Tf("authors.wrote_many", wrote),
            translated == 0 ? null : translated == 1 ? _views.T("authors.translated_one") : _views.Tf("authors.translated_many", translated),
        }.OfType<string>());
        return _views.TermOf(author.Id, author.Name, _views.AuthorLink(author.Id).Url, author.Bio.Get(_lang, _model.Config.DefaultLanguage), extra,
            shown, author.Links.Select(l => new LinkView(l.Label, l.Url)).ToList()) with { Count = credits.Count, CountText = countText };
    }

    private TermView LanguageTerm(string code, IReadOnlyList<CaseCardView> shown)
    {
        var cases = _model.CasesIn(code).ToList();
        var endonym = Configuration.LanguageInfo.Find(code)?.Endonym ?? code;
        return _views.TermOf(code, _views.LanguageName(code), _views.Link(SiteUrls.Language(_lang, code)), "", endonym, shown)
            with { Count = cases.Count, CountText = _views.CountText(cases.Count) };
    }

    /// <summary>
    /// A language in the list of languages: its own name (the endonym, which its speakers look for), and its name in the
    /// page's language only when that differs ("suomi · Finnish", but "English" alone on an English page).
    /// </summary>
    private TermView LanguageListEntry(string code)
    {
        var cases = _model.CasesIn(code).ToList();
        var endonym = Configuration.LanguageInfo.Find(code)?.Endonym ?? code;
        var local = _views.LanguageName(code);
        var extra = string.Equals(endonym, local, StringComparison.OrdinalIgnoreCase) ? "" : local;
        return _views.TermOf(code, endonym, _views.Link(SiteUrls.Language(_lang, code)), "", extra, [])
            with { Count = cases.Count, CountText = _views.CountText(cases.Count) };
    }
}
