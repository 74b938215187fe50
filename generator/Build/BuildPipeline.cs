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
/// Author mistakes are collected as diagnostics; the run stops at the first stage boundary that has errors,
/// before anything is written.
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

        var (competences, authors, documents, notes, declaredCompetences, declaredAuthors) = Stage("parse", () => Parse(content, config, options.Cache, diagnostics));
        var model = Stage("model", () => ModelBuilder.Build(config, competences, authors, documents, options.Drafts || plan == BuildPlan.Check, diagnostics, notes, declaredCompetences, declaredAuthors));
        var linkProblems = model.LinkDiagnostics;
        BuildResult Stop(IReadOnlyList<OutputFile> files)
        {
            diagnostics.AddRange(linkProblems);
            return Done(diagnostics, model, files);
        }
        if (diagnostics.HasErrors) return Stop([]);

        var (templates, strings) = Stage("theme", () =>
        {
            var parsed = new TemplateSet(theme.Templates, theme.RootDisplayPath, diagnostics);
            var ui = UiStringsParser.Parse(theme.Strings, config.DefaultLanguage, diagnostics);
            diagnostics.AddRange(ui.MissingStrings(config.Languages, l => $"{theme.RootDisplayPath}/i18n/{l}.yaml"));
            return (parsed, ui);
        });
        if (diagnostics.HasErrors || scripts is null) return Stop([]);

        var renderer = new SiteRenderer(templates, strings, theme);
        if (options.OnlyCases is not null)
        {
            var preview = new InMemorySite();
            Stage("render", () => renderer.Render(model, scripts, diagnostics, preview, options.Pdf, options.OnlyCases));
            return diagnostics.HasErrors ? Stop([]) : Stop(preview.Files());
        }

        // Rendering streams: each file is scanned for the check, handed to the plan's sink and dropped. The build's sink
        // is the writer's staging folder, swapped into place only after the check (disposed unfinished, it is deleted).
        using var staged = plan == BuildPlan.Build ? Stage("open output", () => new OutputWriter().Begin(options.Output)) : null;
        var memory = plan == BuildPlan.Serve ? new InMemorySite() : null;
        var pdfs = options.Pdf ? PdfTargets(model) : [];
        var site = new SiteStream(staged ?? memory ?? (IOutputSink)new DiscardedOutput(), new SiteLinks(), pdfs.Select(p => p.Page).ToHashSet(StringComparer.Ordinal), _observer);
        Stage("render", () => renderer.Render(model, scripts, diagnostics, site, options.Pdf));
        if (diagnostics.HasErrors)
        {
            diagnostics.AddRange(linkProblems);
            return Done(diagnostics, model, site, memory);
        }
        if (plan != BuildPlan.Check)
            Stage("search", () => SearchStage.Build(model, scripts, strings, packageJson, diagnostics, programs.Find("node"), site, options.LunrIndex));

        Stage("check", () =>
        {
            var sources = content.Cases.SelectMany(c => c.Versions.Concat(c.Notes)).ToDictionary(v => v.File.Path, v => v.File.Text, StringComparer.Ordinal);
            foreach (var template in theme.Templates.Values) sources[template.Path] = template.Text;
            diagnostics.AddRange(linkProblems);
            new LinkChecker(config, sources).Check(site.Links!, diagnostics, pdfs.Select(p => p.Pdf));
        });
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
