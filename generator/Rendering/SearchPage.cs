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
    /// <summary>Why a result matched when only its tags, competences, country or authors hold a word ("Tag: {0}", "Tags: {0}", …).</summary>
    private static readonly string[] ReasonKeys = ["why_tag", "why_tags", "why_competence", "why_competences", "why_country", "why_author", "why_authors"];
    private static readonly string[] LabelKeys = ["loading", "none", "one", "many", "error", "any", "country", "competence", "language", "fallback", "corrected", "exact", "phrase", "no_words", "common_words", "excluded", "notes", "sections", "start", .. ReasonKeys];

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

    /// <summary>The header box's labels: the count, and what the query meant as the page says it (a correction, any word, …).</summary>
    private static readonly string[] BoxLabelKeys = ["loading", "none", "one", "many", "error", "all_results", "start", "results_label",
        "fallback", "corrected", "exact", "phrase", "no_words", "common_words", "excluded", .. ReasonKeys];

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SearchBoxView> _boxes = new();

    /// <summary>The header box's data attributes in a language (the same for every page of it, made once).</summary>
    public SearchBoxView Box(ViewFactory views) => _boxes.GetOrAdd(views.Lang, lang => new SearchBoxView(_assets.WorkerFor(lang), _urls.Link(BoxPath(lang))) { Fold = _assetUrl("js/search-fold.js") });

    /// <summary>What the header's box of a language reads when it is first used: the worker's configuration (the language's index), the panel's labels, the country names.</summary>
    public static string BoxPath(string lang) => $"{lang}/search/box.json";

    /// <summary>The file at <see cref="BoxPath"/>: { config, labels, names }.</summary>
    public OutputFile BoxFile(ViewFactory views)
    {
        var data = new
        {
            config = ConfigData(views.Lang),
            labels = BoxLabelKeys.ToDictionary(k => k, k => views.T("search." + k)),
            names = new { countries = _model.Countries.ToDictionary(c => c, views.CountryName) },
        };
        return OutputFile.Text(BoxPath(views.Lang), JsonSerializer.Serialize(data, Json), "theme/i18n");
    }

    /// <summary>The worker's configuration: every language's index, or only <paramref name="only"/>'s (the header box searches the page's language).</summary>
    private string Config(string? only = null) => JsonSerializer.Serialize(ConfigData(only), Json);

    private object ConfigData(string? only) =>
        new
        {
            stemmerSupport = _assets.StemmerSupport,
            languages = _model.Config.Languages.Where(l => only is null || l == only).ToDictionary(l => l, l => new
            {
                index = _urls.Link(SearchStage.SplitIndexPath(l)), // the split index: terms.json and its chunks are fetched beside it
                store = _urls.Link(SearchStage.StorePath(l)),
                support = _assets.Languages.GetValueOrDefault(l),
            }),
        };

    public SearchView View(ViewFactory views)
    {
        var labels = LabelKeys.ToDictionary(k => k, k => views.T("search." + k));
        labels["notes_in_language"] = views.T("notes.in_language"); // "Teaching notes ({0})": notes in another language
        var names = new
        {
            countries = _model.Countries.ToDictionary(c => c, views.CountryName),
            competences = _model.Competences.ToDictionary(c => c.Id, c => c.Name.Get(views.Lang, _model.Config.DefaultLanguage)),
            languages = _model.Config.Languages.ToDictionary(l => l, views.LanguageName),
        };
        return new SearchView(views.Lang, _assets.WorkerFor(views.Lang),
            Config(), JsonSerializer.Serialize(labels, Json), JsonSerializer.Serialize(names, Json));
    }
}
