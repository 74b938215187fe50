using CaseLibrary.Diagnostics;
using CaseLibrary.Model;
using CaseLibrary.Rendering.Citations;
using CaseLibrary.Rendering.Views;

namespace CaseLibrary.Rendering;

/// <summary>
/// The trainer's pages of one site language: teaching notes, the cases × competences matrix, the course pack page and the course pack's data file.
/// </summary>
public sealed class TrainerPages
{
    private readonly LibraryModel _model;
    private readonly PageRenderer _renderer;
    private readonly ViewFactory _views;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _lang;
    private readonly string _templateSource;
    private readonly Paginator _paginator;

    public TrainerPages(LibraryModel model, PageRenderer renderer, ViewFactory views, string templateSource, DiagnosticBag diagnostics, Paginator? paginator = null)
    {
        _paginator = paginator ?? new Paginator();
        _model = model;
        _renderer = renderer;
        _views = views;
        _diagnostics = diagnostics;
        _lang = views.Lang;
        _templateSource = templateSource;
    }

    public IEnumerable<Func<OutputFile?>> Jobs()
    {
        foreach (var study in _model.Cases)
        {
            if (study.In(_lang) is not { } version || study.NotesIn(_lang) is not { } notes) continue;
            yield return () =>
            {
                var view = _views.Notes(study, version, notes);
                var head = _renderer.Head("notes", _lang, view.Title, version.Summary, l => study.NotesIn(l) is null ? null : SiteUrls.Notes(l, study.Id));
                return _renderer.Render(_views, "notes", SiteUrls.Notes(_lang, study.Id), head, new Dictionary<string, object?> { ["notes"] = view }, notes.SourcePath, _diagnostics);
            };
        }

        var competences = new Lazy<List<CompetenceView>>(() => _model.Competences.Select(c => _views.Competence(c.Id)).ToList());
        var pages = _paginator.PageCount(_model.Cases.Count);
        for (var n = 1; n <= pages; n++)
        {
            var number = n;
            yield return () => _renderer.RenderListPage(_views, "matrix", SiteUrls.Matrix, number, pages, _views.T("matrix.heading"), _views.T("matrix.intro"),
                new Dictionary<string, object?> { ["matrix"] = Matrix(competences.Value, _paginator.Slice(_model.Cases, number)) }, _templateSource, _diagnostics);
        }

        yield return () => _renderer.Render(_views, "course-pack", SiteUrls.CoursePack(_lang),
            _renderer.Head("course-pack", _lang, _views.T("pack.heading"), _views.T("pack.intro"), SiteUrls.CoursePack, noIndex: true),
            new Dictionary<string, object?> { ["pack_data_url"] = _views.Link(SiteUrls.CoursePackData(_lang)) }, _templateSource, _diagnostics);

        yield return () => CoursePackData.Write(_model, _views);
    }

    private MatrixView Matrix(List<CompetenceView> competences, IReadOnlyList<CaseStudy> cases)
    {
        var rows = cases.Select(study =>
        {
            var card = _views.Card(study);
            var ids = study.CompetenceIds.ToHashSet(StringComparer.Ordinal);
            return new MatrixRowView(card, competences.Select(c => ids.Contains(c.Id)).ToList());
        }).ToList();
        return new MatrixView(competences, rows);
    }
}
