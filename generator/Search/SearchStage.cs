using CaseLibrary.Diagnostics;
using CaseLibrary.Model;
using CaseLibrary.Rendering;

namespace CaseLibrary.Search;

/// <summary>
/// The search stage: for every site language, the Lunr index (built by our C# builder, identical to what
/// lunr.js builds) split for the browser to load piece by piece (<c>&lt;lang&gt;/search/split/index.json</c>, <c>terms.json.gz</c> and
/// postings chunks, see <see cref="LunrIndexSplit"/>), the result store (<c>store.json</c>) and a result file per case version
/// (<c>result/&lt;ref&gt;.json.gz</c>). The vocabulary, the chunks and the result files, most of the search's bytes, are
/// stored gzip-compressed (<see cref="OutputFile.Gzipped"/>); the worker unpacks them.
/// The whole index, which no page loads, only when asked for (<c>--lunr-index</c>): lunr's own
/// serialization (<c>index.json</c>) and its compact form (<c>index.pack.json</c>, see <see cref="LunrIndexPack"/>), which
/// search-pack.js loads into a lunr.Index.
/// Languages are built in parallel, as many at once as there are processors (more threads only held more index state at
/// once while they waited for the Node child: at 4,000 cases peak RSS 551 -> 465 MiB and the build not slower); each has
/// its own pipeline.
/// </summary>
public sealed class SearchStage
{
    private readonly LunrScripts _scripts;
    private readonly UiStrings _strings;
    private readonly SourceLocation _packageJson;
    private readonly string? _node;
    private readonly bool _lunrIndex;
    private readonly DiagnosticBag _diagnostics;
    private readonly CancellationToken _interrupted;

    /// <param name="packageJson">The theme's package.json: where a script that fails is reported.</param>
    /// <param name="node">Node's absolute path, or null when it was not found in a trusted folder of PATH.</param>
    /// <param name="lunrIndex">Also publish the whole index: <see cref="IndexPath"/>, lunr's own serialization, and <see cref="PackPath"/> (<c>--lunr-index</c>).</param>
    /// <param name="interrupted">Cancelled when the build is interrupted: indexing stops at the next document (OperationCanceledException).</param>
    public SearchStage(LunrScripts scripts, UiStrings strings, SourceLocation packageJson, string? node, bool lunrIndex, DiagnosticBag diagnostics,
        CancellationToken interrupted = default)
    {
        _interrupted = interrupted;
        _scripts = scripts;
        _strings = strings;
        _packageJson = packageJson;
        _node = node;
        _lunrIndex = lunrIndex;
        _diagnostics = diagnostics;
    }

    public static string IndexPath(string lang) => $"{lang}/search/index.json";

    public static string PackPath(string lang) => $"{lang}/search/index.pack.json";

    /// <summary>The split index's entry (<see cref="LunrIndexSplit"/>): fields, pipeline, each chunk's first term.</summary>
    public static string SplitIndexPath(string lang) => $"{lang}/search/split/index.json";

    /// <summary>The split index's whole vocabulary, for the queries that can match any term (edit distance, leading wildcards).</summary>
    public static string TermsPath(string lang) => $"{lang}/search/split/terms.json.gz";

    /// <summary>Postings chunk n of the split index; the worker fetches it as <see cref="SplitIndexPath"/> with
    /// "index.json" replaced by the number and ".json.gz" (and terms.json.gz likewise).</summary>
    public static string ChunkPath(string lang, int chunk) => $"{lang}/search/split/{chunk.ToString(System.Globalization.CultureInfo.InvariantCulture)}.json.gz";

    public static string StorePath(string lang) => $"{lang}/search/store.json";

    /// <summary>What a result shows of a case version (<see cref="SearchCatalog.Result"/>), fetched for the results shown;
    /// <paramref name="caseRef"/> is the case's ref (<see cref="SearchCatalog.Ref"/>).</summary>
    public static string ResultPath(string lang, string caseRef) => $"{lang}/search/result/{caseRef}.json.gz";

    /// <param name="sink">Receives each language's files as soon as they are built.</param>
    public void Run(LibraryModel model, IOutputSink sink)
    {
        var urls = new SiteUrls(model.Config);
        var libraryVersion = SearchCatalog.Version(model);
        try
        {
            using IScriptHost host = StartHost(model);
            Parallel.ForEach(model.Config.Languages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = _interrupted }, lang =>
            {
                try
                {
                    var pipeline = LanguagePipeline.Create(lang, host);
                    string CountryName(string code) => _strings.Find(lang, "countries_names." + code) ?? code;
                    string UiString(string key) => _strings.Get(lang, key);
                    var documents = SearchCatalog.EachDocument(model, lang, CountryName, UiString).Select(document =>
                    {
                        _interrupted.ThrowIfCancellationRequested();
                        return document;
                    }); // made as read
                    var index = new LunrIndexBuilder().Build(pipeline, SearchCatalog.Fields, documents, withJson: _lunrIndex, withPack: _lunrIndex);
                    if (index.Json is { } json) sink.Add(OutputFile.Text(IndexPath(lang), json, "cases"));
                    if (index.Pack is { } pack) sink.Add(OutputFile.Text(PackPath(lang), pack, "cases"));
                    sink.Add(OutputFile.Text(SplitIndexPath(lang), index.Split.Index, "cases"));
                    sink.Add(OutputFile.Gzipped(TermsPath(lang), index.Split.Terms, "cases"));
                    for (var c = 0; c < index.Split.Chunks.Count; c++) sink.Add(OutputFile.Gzipped(ChunkPath(lang, c), index.Split.Chunks[c], "cases"));
                    sink.Add(OutputFile.Text(StorePath(lang), SearchCatalog.Store(model, lang, urls), "cases"));
                    for (var i = 0; i < model.Cases.Count; i++)
                        if (model.Cases[i].In(lang) is { } version)
                            sink.Add(OutputFile.Gzipped(ResultPath(lang, SearchCatalog.Ref(i)), SearchCatalog.Result(libraryVersion, model.Cases[i], version, CaseData.Of(model, model.Cases[i], version, lang, CountryName), UiString), "cases"));
                }
                catch (ScriptLimitException ex)
                {
                    Report(ex);
                }
            });
        }
        catch (ScriptLimitException ex)
        {
            Report(ex);
        }
    }

    private void Report(ScriptLimitException ex) =>
        _diagnostics.Error("CL0330", $"the search index could not be built: {ex.Message}; nothing was written", _packageJson);

    /// <summary>Node when it can be started (the build needs it for npm anyway); else Jint, exact but much slower.</summary>
    private IScriptHost StartHost(LibraryModel model)
    {
        if (model.Config.Languages.All(l => l == "en")) return new JintScriptHost(_scripts);
        if (_node is not null && NodeScriptHost.TryStart(_scripts, _node) is { } host) return host;
        _diagnostics.Warning("CL0312", "'node' was not found on PATH: the lunr-languages stemmers run in the built-in JavaScript engine, "
            + "which gives the same index but is much slower; install Node.js for fast builds", _packageJson);
        return new JintScriptHost(_scripts);
    }
}
