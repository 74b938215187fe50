using System.Text.Encodings.Web;
using System.Text.Json;
using CaseLibrary.Model;
using CaseLibrary.Rendering.Views;
using CaseLibrary.Search;

namespace CaseLibrary.Rendering;

/// <summary>Builds the search page's view in one language: script URLs, per-language index URLs, translated labels and names.</summary>
public sealed class SearchPage
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] LabelKeys = ["loading", "none", "one", "many", "error", "any", "country", "competence", "language", "fallback", "corrected", "exact", "phrase", "notes", "sections", "start"];

    private readonly LibraryModel _model;
    private readonly SearchAssets _assets;
    private readonly SiteUrls _urls;
    private readonly Func<string, string> _assetUrl;

    public SearchPage(LibraryModel model, SearchAssets assets, SiteUrls urls, Func<string, string> assetUrl)
    {
        _model = model;
        _assets = assets;
        _urls = urls;
        _assetUrl = assetUrl;
    }

    public IReadOnlyList<string> Scripts => [_assetUrl("js/search-fold.js"), _assetUrl("js/search.js")];

    public SearchView View(ViewFactory views)
    {
        var config = new
        {
            stemmerSupport = _assets.StemmerSupport,
            languages = _model.Config.Languages.ToDictionary(l => l, l => new
            {
                index = _urls.Link(SearchStage.PackPath(l)),
                store = _urls.Link(SearchStage.StorePath(l)),
                support = _assets.Languages.GetValueOrDefault(l),
            }),
        };
        var labels = LabelKeys.ToDictionary(k => k, k => views.T("search." + k));
        var names = new
        {
            countries = _model.Countries.ToDictionary(c => c, views.CountryName),
            competences = _model.Competences.ToDictionary(c => c.Id, c => c.Name.Get(views.Lang, _model.Config.DefaultLanguage)),
            languages = _model.Config.Languages.ToDictionary(l => l, views.LanguageName),
        };
        return new SearchView(views.Lang, _assets.Worker,
            JsonSerializer.Serialize(config, Json), JsonSerializer.Serialize(labels, Json), JsonSerializer.Serialize(names, Json));
    }
}
