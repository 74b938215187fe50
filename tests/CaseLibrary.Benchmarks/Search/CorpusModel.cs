using CaseLibrary.Benchmarks.Shared;
using CaseLibrary.Configuration;
using CaseLibrary.Content;
using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Markdown;
using CaseLibrary.Model;
using CaseLibrary.Rendering;
using CaseLibrary.Search;

namespace CaseLibrary.Benchmarks.Search;

/// <summary>
/// A corpus loaded into the generator's real model by the same stage classes, in the same order, as
/// <c>BuildPipeline</c> (load → configure → load lunr → parse → model, plus the theme's UI strings for
/// country names), without rendering or checking. What the search stage gets in a real build.
/// </summary>
public sealed record CorpusModel(LibraryModel Model, LunrScripts Scripts, UiStrings Strings)
{
    /// <summary>node and npm as the benchmark finds them on PATH (a benchmark is a command line: it may read the environment).</summary>
    public static ProgramLocator Programs { get; } = new(Environment.GetEnvironmentVariable("PATH"), []);

    /// <summary>The node the search stage's stemmers run in.</summary>
    public static string Node => Programs.Find("node") ?? throw new BenchFailedException("node was not found on PATH");

    public static CorpusModel Load(string source, string theme)
    {
        var diagnostics = new DiagnosticBag();
        var reader = new SourceReader(Directory.GetCurrentDirectory(), diagnostics);
        var content = new LoadStage(reader, diagnostics).Run(new LoadRequest(source));
        var themeSources = new ThemeLoader(reader, diagnostics).Load(theme);
        var config = new ConfigureStage(null, diagnostics).Run(content);
        Fail(diagnostics, source);
        var scripts = new ThemePackages(reader, diagnostics, BenchPrograms.Locator).Load(theme, config!.Languages);

        var parsed = new ParseStage(config, diagnostics).Run(content);
        var model = new ModelStage(config, drafts: false, diagnostics).Run(parsed);
        var strings = UiStringsParser.Parse(themeSources.Strings, config.DefaultLanguage, diagnostics);
        Fail(diagnostics, source);
        return new CorpusModel(model, scripts!, strings);
    }

    public IReadOnlyList<string> Languages => Model.Config.Languages;

    /// <summary>The documents the search stage indexes for one language (SearchStage's own call).</summary>
    public IReadOnlyList<SearchDocument> Documents(string lang) =>
        SearchCatalog.Documents(Model, lang, code => Strings.Find(lang, "countries_names." + code) ?? code, key => Strings.Get(lang, key));

    /// <summary>The result store the build publishes for one language.</summary>
    public string Store(string lang) => SearchCatalog.Store(Model, lang, new SiteUrls(Model.Config));

    private static void Fail(DiagnosticBag diagnostics, string source)
    {
        var errors = diagnostics.Sorted().Where(d => d.IsError).ToList();
        if (errors.Count > 0)
            throw new BenchFailedException($"the corpus {source} does not load ({errors.Count} errors):\n" + string.Join('\n', errors.Take(10)));
    }
}
