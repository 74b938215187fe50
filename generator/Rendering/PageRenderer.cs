using CaseLibrary.Configuration;
using CaseLibrary.Diagnostics;
using CaseLibrary.Rendering.Views;
using Scriban.Runtime;

namespace CaseLibrary.Rendering;

/// <summary>Renders one page: its own template into <c>content</c>, then the <c>baseof</c> layout around it.</summary>
public sealed class PageRenderer
{
    private readonly TemplateSet _templates;
    private readonly UiStrings _strings;
    private readonly SiteUrls _urls;
    private readonly SiteConfig _config;
    private readonly string _cssUrl;
    private readonly string _packScriptUrl;
    private readonly PackModulesView _packModules;
    private readonly string _siteScriptUrl;
    private readonly string _themeScriptUrl;
    private readonly string _searchBoxScriptUrl;
    private readonly string _shareImageUrl;
    private readonly string _touchIconUrl;

    /// <summary>The header search box's data in a page's language (set when the site has search).</summary>
    public Func<ViewFactory, SearchBoxView>? SearchBox { get; init; }

    public PageRenderer(TemplateSet templates, UiStrings strings, SiteUrls urls, SiteConfig config, string cssUrl, string packScriptUrl = "", PackModulesView? packModules = null, string siteScriptUrl = "",
        string themeScriptUrl = "", string searchBoxScriptUrl = "", string shareImageUrl = "", string touchIconUrl = "")
    {
        _shareImageUrl = shareImageUrl;
        _touchIconUrl = touchIconUrl;
        _themeScriptUrl = themeScriptUrl;
        _searchBoxScriptUrl = searchBoxScriptUrl;
        _packScriptUrl = packScriptUrl;
        _packModules = packModules ?? PackModulesView.None;
        _siteScriptUrl = siteScriptUrl;
        _templates = templates;
        _strings = strings;
        _urls = urls;
        _config = config;
        _cssUrl = cssUrl;
    }

    /// <summary>
    /// Head data for a page that exists in the languages for which <paramref name="pathIn"/> gives a path;
    /// x-default points at the default language's page, or the first that exists.
    /// </summary>
    public PageView Head(string kind, string lang, string title, string description, Func<string, string?> pathIn, HtmlString? jsonLd = null, bool noIndex = false)
    {
        var existing = _config.Languages.Select(l => (Lang: l, Path: pathIn(l))).Where(x => x.Path is not null).ToList();
        var self = pathIn(lang) ?? "";
        var alternates = existing.Select(x => new AlternateView(x.Lang, _urls.Absolute(x.Path!))).ToList();
        if (existing.Count > 0)
        {
            var fallback = existing.FirstOrDefault(x => x.Lang == _config.DefaultLanguage);
            alternates.Add(new AlternateView("x-default", _urls.Absolute((fallback.Path ?? existing[0].Path)!)));
        }
        var links = existing.Select(x => new LanguageLinkView(x.Lang, LanguageInfo.Find(x.Lang)?.Endonym ?? x.Lang, _urls.Link(x.Path!), x.Lang == lang)).ToList();
        return new PageView(
            kind, title, description, _urls.Absolute(self), alternates,
            LanguageInfo.Find(lang)?.OgLocale ?? lang,
            existing.Where(x => x.Lang != lang).Select(x => LanguageInfo.Find(x.Lang)?.OgLocale ?? x.Lang).ToList(),
            kind is "case" or "notes" ? "article" : "website",
            jsonLd, links, noIndex);
    }

    public OutputFile? Render(ViewFactory views, string template, string path, PageView page, IReadOnlyDictionary<string, object?> data, string sourcePath, DiagnosticBag diagnostics)
    {
        var globals = new ScriptObject();
        globals["site"] = views.Site(_cssUrl, _packScriptUrl) with { PackModules = _packModules, SiteScriptUrl = _siteScriptUrl, ThemeScriptUrl = _themeScriptUrl,
            SearchBoxScriptUrl = _searchBoxScriptUrl, SearchBox = SearchBox?.Invoke(views) ?? SearchBoxView.None, ShareImageUrl = _shareImageUrl, TouchIconUrl = _touchIconUrl };
        globals["page"] = page;
        foreach (var (key, value) in data) globals[key] = value;

        var content = _templates.Render(template, globals, diagnostics, views.Lang, views.Functions);
        if (content is null) return null;
        globals["content"] = new HtmlString(content);
        var html = _templates.Render("baseof", globals, diagnostics, views.Lang, views.Functions);
        return html is null ? null : OutputFile.Html(SiteUrls.FileOf(path), HtmlWhitespace.Trim(html), sourcePath.EndsWith('/') ? sourcePath + template + ".html" : sourcePath, page);
    }

    /// <summary>
    /// Page <paramref name="number"/> of <paramref name="count"/> of a paginated list: its own canonical URL and
    /// alternates (the same page number in every language), rel=prev/next, a numbered title and the navigation.
    /// </summary>
    public OutputFile? RenderListPage(ViewFactory views, string template, Func<string, string> pathOf, int number, int count, string title, string description,
        Dictionary<string, object?> data, string sourcePath, DiagnosticBag diagnostics)
    {
        string PathIn(string lang) => SiteUrls.Page(pathOf(lang), number);
        var head = Head(template, views.Lang, number == 1 ? title : views.Tf("pagination.title", title, number), description, PathIn) with
        {
            PrevUrl = number > 1 ? views.Absolute(SiteUrls.Page(pathOf(views.Lang), number - 1)) : null,
            NextUrl = number < count ? views.Absolute(SiteUrls.Page(pathOf(views.Lang), number + 1)) : null,
        };
        data["pagination"] = Paginator.View(views, pathOf(views.Lang), number, count);
        return Render(views, template, PathIn(views.Lang), head, data, sourcePath, diagnostics);
    }

    /// <summary>A page outside any language (the language chooser, the 404 page), rendered in the default language.</summary>
    public ViewFactory DefaultViews(Model.LibraryModel model) => new(model, _strings, _urls, _config.DefaultLanguage);
}
