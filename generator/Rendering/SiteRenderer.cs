using System.Collections.Concurrent;
using System.Security.Cryptography;
using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Model;

namespace CaseLibrary.Rendering;

/// <summary>
/// The rendering stage: model + theme → every output file, each handed to an <see cref="IOutputSink"/> as soon as it
/// is rendered and then dropped (memory does not grow with the number of pages). Pages render in parallel (the Markdig
/// pipelines and parsed templates are shared, read-only); a file's bytes never depend on the order pages finish in, and
/// what is made of many pages (the sitemap) is sorted.
/// </summary>
public sealed class SiteRenderer
{
    private readonly TemplateSet _templates;
    private readonly UiStrings _strings;
    private readonly ThemeSources _theme;

    public SiteRenderer(TemplateSet templates, UiStrings strings, ThemeSources theme)
    {
        _templates = templates;
        _strings = strings;
        _theme = theme;
    }

    /// <param name="pdf">Link each case's PDF (printed by the writer with --pdf).</param>
    /// <param name="sink">Receives every file (from several threads at once).</param>
    /// <param name="onlyCases">For a <c>serve</c> preview: render just the pages of these cases, nothing else.</param>
    public void Render(LibraryModel model, Search.LunrScripts? scripts, DiagnosticBag diagnostics, IOutputSink sink,
        bool pdf = false, IReadOnlySet<string>? onlyCases = null)
    {
        var config = model.Config;
        var urls = new SiteUrls(config);
        var searchAssets = scripts is null ? null : Search.SearchAssets.Create(scripts.Published, config.Languages, urls, _theme.Assets);
        var assets = _theme.Assets
            .Where(a => searchAssets is null || !Search.SearchAssets.IsWorkerOnly(a.RelativePath)) // inside the worker file
            .Select(a => new OutputFile(AssetPath(a), a.Bytes, false, a.DisplayPath)).ToList();
        string? AssetPathOf(string name) =>
            assets.FirstOrDefault(a => a.SourcePath.EndsWith("/assets/" + name, StringComparison.Ordinal))?.Path;
        string AssetUrl(string name) => AssetPathOf(name) is { } path ? urls.Link(path) : "";
        var searchPage = searchAssets is null ? null : new SearchPage(model, searchAssets, urls, AssetUrl);
        var renderer = new PageRenderer(_templates, _strings, urls, config, AssetUrl("css/site.css"), AssetUrl("js/course-pack.js"),
            new Views.PackModulesView(AssetUrl("js/pack-page.js"), AssetUrl("js/pack-document.js")), AssetUrl("js/site.js"), AssetUrl("js/theme.js"), AssetUrl("js/search-box.js"),
            AssetPathOf("og-image.png") is { } image ? urls.Absolute(image) : "", AssetUrl("apple-touch-icon.png"))
        {
            SearchBox = searchPage is null ? null : searchPage.Box,
        };
        var templateSource = _theme.RootDisplayPath + "/layouts/";

        var jobs = new List<Func<OutputFile?>>();
        if (onlyCases is not null)
        {
            foreach (var lang in config.Languages)
                jobs.AddRange(new LanguagePages(model, renderer, new ViewFactory(model, _strings, urls, lang, pdf), templateSource, diagnostics).CaseJobs(onlyCases));
            Parallel.ForEach(jobs, job => { if (job() is { } file) sink.Add(file); });
            foreach (var lang in config.Languages) _templates.ForgetCached(lang); // the next preview may show an edited case's card
            return;
        }
        var viewsByLanguage = new Dictionary<string, ViewFactory>(StringComparer.Ordinal);
        var languageJobs = new List<(string Lang, ViewFactory Views, List<Func<OutputFile?>> Jobs)>();
        foreach (var lang in config.Languages)
        {
            var views = viewsByLanguage[lang] = new ViewFactory(model, _strings, urls, lang, pdf);
            var own = new List<Func<OutputFile?>>();
            own.AddRange(new LanguagePages(model, renderer, views, templateSource, diagnostics).Jobs(searchPage));
            own.AddRange(new TrainerPages(model, renderer, views, templateSource, diagnostics).Jobs());
            own.Add(() => FeedWriter.Atom(model, views, urls));
            own.Add(() => JsonFeedWriter.Write(model, views, urls));
            if (searchPage is not null) own.Add(() => searchPage.BoxFile(views));
            languageJobs.Add((lang, views, own));
        }
        var defaults = renderer.DefaultViews(model);
        var choices = new Dictionary<string, object?>
        {
            ["choices"] = config.Languages.Select(l => new Views.ChoiceView(l, Configuration.LanguageInfo.Find(l)?.Endonym ?? l,
                config.Title.Get(l, config.DefaultLanguage), urls.Link(SiteUrls.Home(l)))
            {
                Intro = _strings.Get(l, "chooser.intro"),
                Heading = _strings.Get(l, "chooser.heading"),
                Continue = _strings.Get(l, "chooser.continue"),
                NotFoundTitle = _strings.Get(l, "not_found.title"),
                NotFoundText = _strings.Get(l, "not_found.text"),
                Back = _strings.Get(l, "not_found.back"),
                SearchUrl = urls.Link(SiteUrls.Search(l)),
                SearchLabel = _strings.Get(l, "search.label"),
                SearchButton = _strings.Get(l, "nav.search"),
                SearchPlaceholder = _strings.Get(l, "search.placeholder"),
                SearchBox = searchPage?.Box(viewsByLanguage[l]) ?? Views.SearchBoxView.None,
            }).ToList(),
        };
        var chooserHead = renderer.Head("chooser", config.DefaultLanguage, config.Title.Get(config.DefaultLanguage, config.DefaultLanguage),
            config.Tagline.Get(config.DefaultLanguage, config.DefaultLanguage), _ => "") with
        {
            Alternates = [new Views.AlternateView("x-default", urls.Absolute(""))],
            OgLocaleAlternates = [],
            LanguageLinks = [],
        };
        jobs.Add(() => renderer.Render(defaults, "chooser", "", chooserHead, choices, templateSource, diagnostics));
        jobs.Add(() => new NotFoundPage(renderer, choices, templateSource, diagnostics)
            .Render(defaults, config.Languages.Where(l => l != config.DefaultLanguage).Select(l => viewsByLanguage[l])));

        // Each page goes to the sink as soon as it is rendered; only its small sitemap entry stays behind. One language
        // at a time, so that the case cards its pages share (made and rendered once per language) are let go of before
        // the next language's are made: at 16,000 cases they were ~460 MB of the heap, held to the end of render.
        var sitemap = new ConcurrentBag<SitemapEntry>();
        void RenderAll(List<Func<OutputFile?>> pages) => Parallel.ForEach(pages, job =>
        {
            if (job() is not { } file) return;
            if (file.Sitemap is { } entry) sitemap.Add(entry);
            sink.Add(file);
        });
        foreach (var (lang, views, pages) in languageJobs)
        {
            RenderAll(pages);
            pages.Clear();
            views.ForgetCards();
            _templates.ForgetCached(lang);
        }
        RenderAll(jobs);
        foreach (var lang in config.Languages) _templates.ForgetCached(lang); // the language chooser's and the 404 page's

        foreach (var asset in assets) sink.Add(asset);
        if (searchAssets is not null)
            foreach (var file in searchAssets.Files) sink.Add(file);
        foreach (var study in model.Cases)
            foreach (var version in study.Versions)
                foreach (var asset in study.Assets)
                    sink.Add(new OutputFile(SiteUrls.Case(version.Language, study.Id) + asset.RelativePath, asset.Bytes, false, asset.DisplayPath));
        sink.Add(SitemapWriter.Write(sitemap.ToList()));
        sink.Add(OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("sitemap.xml")}\n", "cases"));
    }

    /// <summary>CSS and JS get a content hash in their name, so browsers may cache them forever.</summary>
    private static string AssetPath(AssetFile asset)
    {
        var path = "assets/" + asset.RelativePath;
        var extension = Path.GetExtension(path);
        if (extension is not (".css" or ".js")) return path;
        var hash = Convert.ToHexStringLower(SHA256.HashData(asset.Bytes))[..10];
        return path[..^extension.Length] + "." + hash + extension;
    }
}
