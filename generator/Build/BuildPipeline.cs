using System.Diagnostics;
using CaseLibrary.Checking;
using CaseLibrary.Configuration;
using CaseLibrary.Content;
using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Markdown;
using CaseLibrary.Model;
using CaseLibrary.Rendering;
using CaseLibrary.Search;
using CaseLibrary.Writing;

namespace CaseLibrary.Build;

/// <summary>
/// The build, as a table of contents: load → configure → packages → parse → model → theme → render → search → check →
/// write. A <see cref="BuildPlan"/> says which of them run: <c>check</c> skips packages, search and write.
/// Render and search stream: each file they make passes once through a <see cref="SiteStream"/> (the check records its
/// links and ids, then the plan's sink takes it: the writer's staging folder, nothing, or serve's in-memory site), so
/// memory does not grow with the number of pages; the check then runs over the records, and the write stage only
/// finishes the staged site and swaps it into place.
/// Author mistakes are collected as diagnostics and nothing is written when there is an error. Errors before rendering
/// stop the run only when they make rendering meaningless (configuration, theme); otherwise the pages the model could
/// make are rendered into nothing and link-checked, so one run reports every problem.
/// </summary>
public sealed class BuildPipeline
{
    private readonly List<StageTiming> _timings = new();
    private readonly IProgress<string>? _progress;
    private readonly IProcessRunner? _runner;
    private readonly IOutputSink? _observer;
    private string? _scriptsOrigin;

    /// <param name="progress">Told the name of each stage as it starts (the CLI shows it on a terminal).</param>
    /// <param name="runner">Starts npm when the build installs the theme's packages (tests pass one that records).</param>
    /// <param name="observer">Shown every rendered and search file as it streams to the plan's sink (tests watch the stream).</param>
    public BuildPipeline(IProgress<string>? progress = null, IProcessRunner? runner = null, IOutputSink? observer = null)
    {
        _progress = progress;
        _runner = runner;
        _observer = observer;
    }

    /// <summary>Every stage, writing the site only when <paramref name="write"/> is true (the in-memory build of <c>serve</c> otherwise).</summary>
    public BuildResult Run(BuildOptions options, bool write) => Run(options, write ? BuildPlan.Build : BuildPlan.Serve);

    // Compiled optimized from the first call: unoptimized (tier-0) code keeps every temporary of the method alive until it
    // returns, and one of them held the loaded sources through render (seen with a WeakReference); optimized code lets
    // go of a temporary after its last use.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public BuildResult Run(BuildOptions options, BuildPlan plan)
    {
        var diagnostics = new DiagnosticBag();
        var reader = new SourceReader(options.DisplayRoot ?? Directory.GetCurrentDirectory(), diagnostics, options.Cache?.Files);

        var content = Stage("load", () =>
        {
            var loader = new ContentLoader(reader, diagnostics);
            var loaded = options is { OnlyCases: { } edited, Cache.Sources: { } previous }
                ? loader.Reload(previous, options.Source, edited)
                : loader.Load(options.Source);
            if (options.Cache is not null) options.Cache.Sources = loaded;
            return loaded;
        });
        var theme = Stage("load theme", () => new ThemeLoader(reader, diagnostics).Load(options.Theme));
        var config = Stage("configure", () => SiteConfigParser.Parse(content.Library, options.BaseUrl, diagnostics));
        if (config is null) return Done(diagnostics, null, []);
        var chromium = options.Pdf ? BrowserLocator.Find(options.Chromium) : null;
        if (options.Pdf && chromium is null)
            diagnostics.Error("CL0711", $"--pdf prints the cases with headless Chromium, which was not found at {BrowserLocator.Wanted(options.Chromium)}: install it (Debian: apt-get install chromium) or set CASELIB_CHROMIUM to its full path", SourceLocation.StartOf(BrowserLocator.Wanted(options.Chromium)));
        var packageJson = SourceLocation.StartOf(reader.Display(Path.Combine(Path.GetFullPath(options.Theme), "package.json")));
        var programs = plan == BuildPlan.Check ? ProgramLocator.None
            : new ProgramLocator(options.SearchPath, ProgramLocator.Untrusted(Path.GetFullPath(options.Source), Path.GetFullPath(options.Theme), options.DisplayRoot));
        var scripts = plan == BuildPlan.Check
            ? ThemePackages.CheckLanguages(config.Languages, packageJson, diagnostics) ? LunrScripts.StandIn(config.Languages) : null
            : Stage("packages", () => new ThemePackages(reader, diagnostics, programs, _runner).Load(options.Theme, config.Languages, options.CarriedPackages));
        _scriptsOrigin = scripts?.Origin;

        var (model, incomplete) = ParseAndModel(content, config, options.Cache, options.Drafts || plan == BuildPlan.Check, diagnostics);
        // The sources (the text of every case file) are not needed after the model: let go of them here, so that rendering
        // can use their memory (serve keeps them in its BuildCache for the next edit). The parsed documents went with
        // ParseAndModel's frame; nothing in the model refers to a source file.
        content = null!;
        var linkProblems = model.LinkDiagnostics;
        BuildResult Stop(IReadOnlyList<OutputFile> files)
        {
            diagnostics.AddRange(linkProblems);
            return Done(diagnostics, model, files);
        }
        // One run, every problem: errors so far leave a model of every page that could be made (a version that failed is
        // left out, an unknown id is dropped from its case), so the run goes on to render and check those pages, writing
        // nothing, and a broken link or anchor is reported with the other errors instead of in the next run.
        var withheld = diagnostics.HasErrors;
        if (withheld && options.OnlyCases is not null) return Stop([]);

        var themeDiagnostics = new DiagnosticBag();
        var (templates, strings, templateLinks) = Stage("theme", () =>
        {
            var parsed = new TemplateSet(theme.Templates, theme.RootDisplayPath, themeDiagnostics);
            var ui = UiStringsParser.Parse(theme.Strings, config.DefaultLanguage, themeDiagnostics);
            themeDiagnostics.AddRange(ui.MissingStrings(config.Languages, l => $"{theme.RootDisplayPath}/i18n/{l}.yaml"));
            return (parsed, ui, theme.Templates.Values.Select(t => (t.Path, Links: TemplateLinks.Read(t))).ToList());
        });
        diagnostics.AddRange(themeDiagnostics.Sorted());
        if (diagnostics.HasErrors && (!withheld || themeDiagnostics.HasErrors) || scripts is null) return Stop([]);

        var renderer = new SiteRenderer(templates, strings, theme);
        if (options.OnlyCases is not null)
        {
            var preview = new InMemorySite();
            Stage("render", () => renderer.Render(model, scripts, diagnostics, preview, options.Pdf, options.OnlyCases));
            return diagnostics.HasErrors ? Stop([]) : Stop(preview.Files());
        }

        // Rendering streams: each file is scanned for the check, handed to the plan's sink and dropped. The build's sink
        // is the writer's staging folder, swapped into place only after the check (disposed unfinished, it is deleted).
        // A run that already has errors renders for the check alone: no output folder, no PDFs, no search.
        using var staged = plan == BuildPlan.Build && !withheld ? Stage("open output", () => new OutputWriter().Begin(options.Output)) : null;
        var memory = plan == BuildPlan.Serve && !withheld ? new InMemorySite() : null;
        var pdfs = options.Pdf && !withheld ? PdfTargets(model) : [];
        var site = new SiteStream(staged ?? memory ?? (IOutputSink)new DiscardedOutput(), new SiteLinks(), pdfs.Select(p => p.Page).ToHashSet(StringComparer.Ordinal), _observer);
        if (withheld)
        {
            // Rendering only helps the check here: if the model's gaps make it fail, the errors above are the run's result.
            var rendered = new DiagnosticBag();
            try
            {
                Stage("render", () => renderer.Render(model, scripts, rendered, site, false));
            }
            catch (StageFailedException)
            {
                return Stop([]);
            }
            diagnostics.AddRange(rendered.Sorted());
            if (rendered.HasErrors) return Stop([]);
        }
        else
        {
            Stage("render", () => renderer.Render(model, scripts, diagnostics, site, options.Pdf));
            if (diagnostics.HasErrors)
            {
                diagnostics.AddRange(linkProblems);
                return Done(diagnostics, model, site, memory);
            }
            if (plan != BuildPlan.Check)
                Stage("search", () => SearchStage.Build(model, scripts, strings, packageJson, diagnostics, programs.Find("node"), site, options.LunrIndex));
        }

        Stage("check", () =>
        {
            diagnostics.AddRange(linkProblems);
            new LinkChecker(config, LinkSourcesOf(model, templateLinks), incomplete).Check(site.Links!, diagnostics, pdfs.Select(p => p.Pdf));
        });
        if (withheld) return Done(diagnostics, model, []); // rendered for the check alone: the run made no site
        if (diagnostics.HasErrors || staged is null) return Done(diagnostics, model, site, memory);

        Stage("write", () =>
        {
            var printer = chromium is null ? null : new PdfPrinter(chromium, config.BasePath, config.BaseUrl);
            try
            {
                staged.Finish(printer, printer is null ? null : pdfs.Select(p => new PdfJob(p.Page, site.Kept[p.Page].Markup!, p.Pdf, p.Metadata)).ToList());
            }
            catch (PdfPrintException ex)
            {
                diagnostics.Error("CL0712", $"{ex.Message}; nothing was written", SourceLocation.StartOf(chromium!));
            }
        });
        return Done(diagnostics, model, site, memory);
    }

    /// <summary>
    /// The parse and model stages, in a method of their own so that the parsed documents (which name their source files)
    /// are unreachable once it returns. With errors so far, also the case folders left incomplete (for the check).
    /// </summary>
    private (LibraryModel Model, HashSet<string>? Incomplete) ParseAndModel(LibrarySources content, SiteConfig config, BuildCache? cache, bool drafts, DiagnosticBag diagnostics)
    {
        var (competences, authors, documents, notes, declaredCompetences, declaredAuthors) = Stage("parse", () => Parse(content, config, cache, diagnostics));
        var model = Stage("model", () => ModelBuilder.Build(config, competences, authors, documents, drafts, diagnostics, notes, declaredCompetences, declaredAuthors));
        return (model, diagnostics.HasErrors ? Incomplete(content, model) : null);
    }

    private static (IReadOnlyList<Competence>, IReadOnlyList<Author>, IReadOnlyList<(CaseFolder, IReadOnlyList<CaseDocument>)>, IReadOnlyList<TeachingNotes>, DeclaredIds, DeclaredIds) Parse(
        LibrarySources content, SiteConfig config, BuildCache? cache, DiagnosticBag diagnostics)
    {
        IReadOnlyCollection<string> languages = [.. config.Languages, .. config.MeantLanguages];
        var competences = DataFileParser.ParseCompetences(content.Competences, languages, diagnostics, out var declaredCompetences);
        var authors = DataFileParser.ParseAuthors(content.Authors, languages, diagnostics, out var declaredAuthors);
        var markdown = new MarkdownConverter(new MarkdownPipelines(config.Languages));
        var parser = new CaseDocumentParser(markdown);
        var notesParser = new TeachingNotesParser(markdown);
        var documents = content.Cases
            .AsParallel().AsOrdered()
            .Select(folder => (folder, (IReadOnlyList<CaseDocument>)folder.Versions
                .Select(version => cache is null
                    ? parser.Parse(folder.Id, version, diagnostics)
                    : cache.Parse(folder.Id, version, diagnostics, own => parser.Parse(folder.Id, version, own)))
                .OfType<CaseDocument>()
                .ToList()))
            .ToList();
        var notes = content.Cases
            .SelectMany(folder => folder.Notes.Select(source => notesParser.Parse(folder.Id, source, diagnostics)))
            .OfType<TeachingNotes>()
            .ToList();
        return (competences, authors, documents, notes, declaredCompetences, declaredAuthors);
    }

    /// <summary>
    /// Case folders with a version or teaching notes that has an error of its own and so is missing from the model: a
    /// link to their pages or files is not reported as broken as well (the version's error is the root cause).
    /// </summary>
    private static HashSet<string> Incomplete(LibrarySources content, LibraryModel model)
    {
        var made = model.Cases.SelectMany(c => c.Versions.Select(v => v.SourcePath).Concat(c.Notes.Select(n => n.SourcePath)))
            .Concat(model.LeftOutDrafts).ToHashSet(StringComparer.Ordinal);
        return content.Cases.Where(folder => folder.Versions.Concat(folder.Notes).Any(source => !made.Contains(source.File.Path)))
            .Select(folder => folder.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Where each case body, teaching notes and template writes each address, as their parsers recorded it.</summary>
    private static LinkSources LinkSourcesOf(LibraryModel model, IEnumerable<(string Path, IReadOnlyList<LinkPosition> Links)> templates)
    {
        var sources = new LinkSources();
        foreach (var study in model.Cases)
        {
            foreach (var version in study.Versions) sources.Add(version.SourcePath, version.Body.Links);
            foreach (var notes in study.Notes) sources.Add(notes.SourcePath, notes.Body.Links);
        }
        foreach (var (path, links) in templates) sources.Add(path, links);
        return sources;
    }

    /// <summary>With --pdf: every case version's page (its file in the site) and the PDF its page links to, printed from it by the writer.</summary>
    private static List<(string Page, string Pdf, PdfMetadata Metadata)> PdfTargets(LibraryModel model) =>
        model.Cases.SelectMany(study => study.Versions.Select(version =>
        {
            var authors = (version.Authors.Count > 0 ? version.Authors : study.Original.Authors).Select(a => model.Author(a.Id).Name).ToList();
            return (SiteUrls.FileOf(SiteUrls.Case(version.Language, study.Id)), Rendering.Citations.CitationFactory.PdfPath(version.Language, study.Id),
                new PdfMetadata(version.Title, authors, version.Language));
        })).ToList();

    private void Stage(string name, Action run) => Stage(name, () =>
    {
        run();
        return 0;
    });

    private T Stage<T>(string name, Func<T> run)
    {
        _progress?.Report(name);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        try
        {
            var result = run();
            using var process = Process.GetCurrentProcess();
            _timings.Add(new StageTiming(name, clock.Elapsed, process.TotalProcessorTime - cpu, GC.GetTotalMemory(forceFullCollection: false), process.PeakWorkingSet64));
            return result;
        }
        catch (Exception ex) when (ex is not StageFailedException)
        {
            throw new StageFailedException(name, ex);
        }
    }

    private BuildResult Done(DiagnosticBag diagnostics, LibraryModel? model, IReadOnlyList<OutputFile> files) =>
        new(diagnostics.Sorted(), model, files, _timings.ToList()) { Paths = files.Select(f => f.Path).ToList(), PageCount = files.Count(f => f.IsPage), SearchScripts = _scriptsOrigin };

    private BuildResult Done(DiagnosticBag diagnostics, LibraryModel? model, SiteStream site, InMemorySite? memory) =>
        new(diagnostics.Sorted(), model, memory?.Files() ?? [], _timings.ToList()) { Paths = site.Links!.Paths(), PageCount = site.Pages, SearchScripts = _scriptsOrigin };
}
