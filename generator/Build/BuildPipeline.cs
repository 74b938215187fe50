using System.Diagnostics;
using CaseLibrary.Checking;
using CaseLibrary.Configuration;
using CaseLibrary.Content;
using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Model;
using CaseLibrary.Rendering;
using CaseLibrary.Search;
using CaseLibrary.Writing;

namespace CaseLibrary.Build;

/// <summary>
/// The build, as a table of contents: load → load theme → configure → packages → parse → model, then per plan
/// theme → render → search → check → write. Each stage is a small class in the folder that names it, with a typed input
/// and output; a <see cref="BuildPlan"/> says which of them run (<c>check</c>: no packages, search or write; <c>serve</c>:
/// no write; a <c>serve</c> preview: theme and render of the edited cases only).
/// Render and search stream: each file they make passes once through a <see cref="SiteStream"/> (the check records its
/// links and ids, then the plan's sink takes it: the writer's staging folder, nothing, or serve's in-memory site), so
/// memory does not grow with the number of pages; the check then runs over the records, and the write stage only
/// finishes the staged site and swaps it into place.
/// Author mistakes are collected as diagnostics and nothing is written when there is an error. Errors before rendering
/// stop the run only when they make rendering meaningless (configuration, theme); otherwise the pages the model could
/// make are rendered into nothing and link-checked (<see cref="CheckOnly"/>), so one run reports every problem.
/// </summary>
public sealed class BuildPipeline
{
    private readonly List<StageTiming> _timings = new();
    private readonly IProgress<string>? _progress;
    private readonly IProcessRunner? _runner;
    private readonly IOutputSink? _observer;
    private readonly CancellationToken _interrupted;
    private string? _scriptsOrigin;
    private BuildCache? _nextCache;
    private IReadOnlyList<string> _removedLeftovers = [];
    private LeftoverFolder? _interruptedLeftover;

    /// <param name="progress">Told the name of each stage as it starts (the CLI shows it on a terminal).</param>
    /// <param name="runner">Starts npm when the build installs the theme's packages (tests pass one that records).</param>
    /// <param name="observer">Shown every rendered and search file as it streams to the plan's sink (tests watch the stream).</param>
    /// <param name="interrupted">Cancelled by the command line on SIGINT or SIGTERM: the run stops at the next stage or the
    /// next file it would write, deletes its staging folder and returns a result that is <see cref="BuildResult.Interrupted"/>.</param>
    public BuildPipeline(IProgress<string>? progress = null, IProcessRunner? runner = null, IOutputSink? observer = null, CancellationToken interrupted = default)
    {
        _progress = progress;
        _runner = runner;
        _observer = observer;
        _interrupted = interrupted;
    }

    /// <summary>Every stage, writing the site only when <paramref name="write"/> is true (the in-memory build of <c>serve</c> otherwise).</summary>
    public BuildResult Run(BuildOptions options, bool write) => Run(options, write ? BuildPlan.Build : BuildPlan.Serve);

    /// <param name="cache">serve's cache from the previous run (the next one is <see cref="BuildResult.Cache"/>); null for a one-off run.</param>
    // Compiled optimized from the first call: unoptimized (tier-0) code keeps every temporary of the method alive until it
    // returns, and one of them held the loaded sources through render (seen with a WeakReference); optimized code lets
    // go of a temporary after its last use. The stages are called from this method's own body, not from a helper without
    // the attribute: when they moved into one (82eb25b), peak RSS at 4,000 cases went from 478 to 672 MiB.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public BuildResult Run(BuildOptions options, BuildPlan plan, BuildCache? cache = null)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            var reader = new SourceReader(options.DisplayRoot ?? Directory.GetCurrentDirectory(), diagnostics, cache?.Files);

            var sources = Stage("load", new LoadRequest(options.Source, cache?.Sources, options.OnlyCases), new LoadStage(reader, diagnostics).Run);
            _nextCache = cache?.After(sources);
            var theme = Stage("load theme", options.Theme, new ThemeLoader(reader, diagnostics).Load);
            var config = Stage("configure", sources, new ConfigureStage(options.BaseUrl, diagnostics).Run);
            if (config is null) return Done(diagnostics, null, []);
            var write = new WriteStage(options.Output, diagnostics, _interrupted);
            var chromium = write.Chromium(options.Pdf, options.Chromium);
            var packagesStage = new PackagesStage(reader, diagnostics, _runner, options.Theme);
            var packages = plan == BuildPlan.Check
                ? packagesStage.StandIns(config.Languages)
                : Stage("packages", new PackagesRequest(config.Languages, options.Source, options.DisplayRoot, options.SearchPath, options.CarriedPackages), packagesStage.Run);
            _scriptsOrigin = packages.Scripts?.Origin;
            var parsed = Stage("parse", sources, new ParseStage(config, diagnostics, cache?.Parses).Run);
            sources = null!; // the text of every case file: not needed after parse, so rendering can use its memory
            // From here on nothing refers to the loaded sources (serve's cache aside): the parsed library names no source text.
            var model = Stage("model", parsed, new ModelStage(config, options.Drafts || plan == BuildPlan.Check, diagnostics).Run);

            if (options.OnlyCases is not null) return Preview(model, theme, packages, options, diagnostics);
            // One run, every problem: errors so far leave a model of every page that could be made (a version that failed is
            // left out, an unknown id is dropped from its case), so the run goes on to render and check those pages, writing
            // nothing, and a broken link or anchor is reported with the other errors instead of in the next run.
            if (diagnostics.HasErrors) return CheckOnly(model, theme, packages, ModelStage.Incomplete(parsed, model), diagnostics);
            return Site(plan, model, theme, packages, write, chromium, options, diagnostics);
        }
        catch (OperationCanceledException) when (_interrupted.IsCancellationRequested)
        {
            // What the run found so far is incomplete: an interrupted run reports only that it stopped.
            return new BuildResult([], null, [], _timings.ToList())
            {
                Interrupted = true, InterruptedLeftover = _interruptedLeftover, RemovedLeftovers = _removedLeftovers, SearchScripts = _scriptsOrigin,
            };
        }
    }

    /// <summary>
    /// <c>build</c>, <c>serve</c> and <c>check</c> without earlier errors: theme → open output (build) → render → search
    /// (not check) → check → write (build). Rendering streams each file through the check's records to the plan's sink:
    /// the writer's staging folder (swapped into place only after the check; disposed unfinished, it is deleted), serve's
    /// in-memory site, or nothing. An interrupted build deletes its staging folder here, once its writers have stopped.
    /// </summary>
    private BuildResult Site(BuildPlan plan, LibraryModel model, ThemeSources theme, SearchPackages packages, WriteStage write, string? chromium,
        BuildOptions options, DiagnosticBag diagnostics)
    {
        var parsedTheme = Stage("theme", theme, new ThemeStage(model.Config, diagnostics).Run);
        if (parsedTheme.HasErrors || packages.Scripts is not { } scripts) return Stop(diagnostics, model, []);
        using var staged = plan == BuildPlan.Build ? Stage("open output", write.Open) : null;
        _removedLeftovers = write.RemovedLeftovers;
        if (plan == BuildPlan.Build && staged is null) return Stop(diagnostics, model, []);
        try
        {
            return Stream(plan, model, theme, packages, scripts, parsedTheme, staged, write, chromium, options, diagnostics);
        }
        catch (OperationCanceledException) when (_interrupted.IsCancellationRequested)
        {
            staged?.Dispose(); // the writers stop, then the staging folder is deleted
            _interruptedLeftover = staged?.Leftover;
            throw;
        }
    }

    /// <summary>The rest of <see cref="Site"/> once the sink is open: render → search (not check) → check → write (build).</summary>
    private BuildResult Stream(BuildPlan plan, LibraryModel model, ThemeSources theme, SearchPackages packages, LunrScripts scripts, ParsedTheme parsedTheme,
        StagedSite? staged, WriteStage write, string? chromium, BuildOptions options, DiagnosticBag diagnostics)
    {
        var render = new RenderStage(parsedTheme, scripts);
        var memory = plan == BuildPlan.Serve ? new InMemorySite() : null;
        var pdfs = options.Pdf ? WriteStage.PdfTargets(model) : [];
        var site = new SiteStream(staged ?? memory ?? (IOutputSink)new DiscardedOutput(), new SiteLinks(), pdfs.Select(p => p.Page).ToHashSet(StringComparer.Ordinal), _observer);

        Stage("render", () => render.Run(model, site, diagnostics, options.Pdf));
        if (diagnostics.HasErrors)
        {
            write.Discard(staged);
            return Stop(diagnostics, model, site, memory);
        }
        if (plan != BuildPlan.Check)
            Stage("search", () => new SearchStage(scripts, parsedTheme.Strings, packages.PackageJson, packages.Programs.Find("node"), options.LunrIndex, diagnostics, _interrupted).Run(model, site));
        Stage("check", new CheckInput(model, theme.Templates, site.Links!, pdfs.Select(p => p.Pdf), null), new CheckStage(model.Config, diagnostics).Run);
        if (diagnostics.HasErrors || staged is null)
        {
            write.Discard(staged);
            return Done(diagnostics, model, site, memory);
        }
        Stage("write", () => write.Finish(staged, model.Config, chromium, pdfs, site.Kept));
        _removedLeftovers = write.RemovedLeftovers; // with the previous sites stopped builds had moved aside
        write.Discard(staged); // after a failed swap: the staging folder
        return Done(diagnostics, model, site, memory);
    }

    /// <summary>
    /// A run that already has errors, whatever its plan: theme → render into nothing → check, so that broken links and
    /// anchors are reported with the other errors. No output folder, no PDFs, no search; the run makes no site.
    /// </summary>
    /// <param name="incomplete">Case folders missing a version or notes because of its own error (its links are not reported again).</param>
    private BuildResult CheckOnly(LibraryModel model, ThemeSources theme, SearchPackages packages, IReadOnlySet<string> incomplete, DiagnosticBag diagnostics)
    {
        var parsedTheme = Stage("theme", theme, new ThemeStage(model.Config, diagnostics).Run);
        if (parsedTheme.HasErrors || packages.Scripts is not { } scripts) return Stop(diagnostics, model, []);
        var render = new RenderStage(parsedTheme, scripts);
        var site = new SiteStream(new DiscardedOutput(), new SiteLinks(), observer: _observer);

        // Rendering only helps the check here: if the model's gaps make it fail, the errors above are the run's result.
        var rendered = new DiagnosticBag();
        try
        {
            Stage("render", () => render.Run(model, site, rendered, pdf: false));
        }
        catch (StageFailedException)
        {
            return Stop(diagnostics, model, []);
        }
        diagnostics.AddRange(rendered.Sorted());
        if (rendered.HasErrors) return Stop(diagnostics, model, []);
        Stage("check", new CheckInput(model, theme.Templates, site.Links!, [], incomplete), new CheckStage(model.Config, diagnostics).Run);
        return Done(diagnostics, model, []);
    }

    /// <summary><c>serve</c>'s preview of an edit (<see cref="BuildOptions.OnlyCases"/>): theme → render the edited cases' pages into memory. No search, check or write.</summary>
    private BuildResult Preview(LibraryModel model, ThemeSources theme, SearchPackages packages, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (diagnostics.HasErrors) return Stop(diagnostics, model, []);
        var parsedTheme = Stage("theme", theme, new ThemeStage(model.Config, diagnostics).Run);
        if (parsedTheme.HasErrors || packages.Scripts is not { } scripts) return Stop(diagnostics, model, []);
        var render = new RenderStage(parsedTheme, scripts);
        var preview = new InMemorySite();
        Stage("render", () => render.Run(model, preview, diagnostics, options.Pdf, options.OnlyCases));
        return Stop(diagnostics, model, diagnostics.HasErrors ? [] : preview.Files());
    }

    private T Stage<TIn, T>(string name, TIn input, Func<TIn, T> run) => Stage(name, () => run(input));

    private void Stage<TIn>(string name, TIn input, Action<TIn> run) => Stage(name, () => run(input));

    private void Stage(string name, Action run) => Stage(name, () =>
    {
        run();
        return 0;
    });

    private T Stage<T>(string name, Func<T> run)
    {
        _interrupted.ThrowIfCancellationRequested();
        _progress?.Report(name);
        var clock = Stopwatch.StartNew();
        using var start = Process.GetCurrentProcess();
        var cpu = start.TotalProcessorTime;
        try
        {
            var result = run();
            using var process = Process.GetCurrentProcess();
            _timings.Add(new StageTiming(name, clock.Elapsed, process.TotalProcessorTime - cpu, GC.GetTotalMemory(forceFullCollection: false), process.PeakWorkingSet64));
            return result;
        }
        catch (Exception) when (_interrupted.IsCancellationRequested)
        {
            // Interrupted: whatever a stage threw on its way out (a parallel loop's AggregateException) has that cause.
            throw new OperationCanceledException(_interrupted);
        }
        catch (Exception ex) when (ex is not StageFailedException)
        {
            throw new StageFailedException(name, ex);
        }
    }

    /// <summary>The run stops before its site is made: the model's case-link problems are reported with the rest.</summary>
    private BuildResult Stop(DiagnosticBag diagnostics, LibraryModel model, IReadOnlyList<OutputFile> files)
    {
        diagnostics.AddRange(model.LinkDiagnostics);
        return Done(diagnostics, model, files);
    }

    private BuildResult Stop(DiagnosticBag diagnostics, LibraryModel model, SiteStream site, InMemorySite? memory)
    {
        diagnostics.AddRange(model.LinkDiagnostics);
        return Done(diagnostics, model, site, memory);
    }

    private BuildResult Done(DiagnosticBag diagnostics, LibraryModel? model, IReadOnlyList<OutputFile> files) =>
        new(diagnostics.Sorted(), model, files, _timings.ToList())
        {
            Paths = files.Select(f => f.Path).ToList(), PageCount = files.Count(f => f.IsPage), SearchScripts = _scriptsOrigin, Cache = _nextCache, RemovedLeftovers = _removedLeftovers,
        };

    private BuildResult Done(DiagnosticBag diagnostics, LibraryModel? model, SiteStream site, InMemorySite? memory) =>
        new(diagnostics.Sorted(), model, memory?.Files() ?? [], _timings.ToList())
        {
            Paths = site.Links!.Paths(), PageCount = site.Pages, SearchScripts = _scriptsOrigin, Cache = _nextCache, RemovedLeftovers = _removedLeftovers,
        };
}
