namespace CaseLibrary.Search;

/// <summary>
/// The lunr pipelines of one site language: the index pipeline that turns each tokenizer token
/// into index terms, and the search pipeline whose labels the index carries for the browser.
/// English uses lunr's own trimmer, stop-word filter and Porter stemmer, ported to C#; the
/// other languages run lunr-languages' functions in Jint. All of them get the folding steps of
/// theme/assets/js/search-fold.js (see <see cref="PipelineLayout"/>).
/// <para>
/// Build one per language and reuse it: creation loads the scripts into a Jint engine, and
/// results are cached per token. Thread-safe: calls are serialised by a lock.
/// </para>
/// </summary>
public sealed class LanguagePipeline
{
    /// <summary>The languages whose pipelines are verified against lunr in Node.</summary>
    public static readonly IReadOnlyList<string> SupportedLanguages = ["en", "it", "fr", "fi", "de", "nl"];

    private static readonly string[] EnglishIndexLabels = ["trimmer", "stopWordFilter", "stemmer"];
    private static readonly string[] EnglishSearchLabels = ["stemmer"];

    private readonly IReadOnlyList<IPipelineStep> indexSteps;
    private readonly IReadOnlyList<IPipelineStep> searchSteps;
    private readonly Dictionary<string, string[]> indexCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> searchCache = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    private LanguagePipeline(string language, IReadOnlyList<IPipelineStep> indexSteps, IReadOnlyList<IPipelineStep> searchSteps,
        IReadOnlyList<string> indexLabels, IReadOnlyList<string> searchLabels)
    {
        Language = language;
        this.indexSteps = indexSteps;
        this.searchSteps = searchSteps;
        IndexPipeline = indexLabels;
        SearchPipeline = searchLabels;
    }

    public string Language { get; }

    /// <summary>Labels of the index pipeline, e.g. caselibFold, trimmer, stopWordFilter, stemmer, caselibDedupe.</summary>
    public IReadOnlyList<string> IndexPipeline { get; }

    /// <summary>Labels of the search pipeline; the index stores them as "pipeline".</summary>
    public IReadOnlyList<string> SearchPipeline { get; }

    /// <summary>A pipeline whose lunr-languages functions run in Jint (see <see cref="JintScriptHost"/>).</summary>
    public static LanguagePipeline Create(string language, LunrScripts scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        return Create(language, new JintScriptHost(scripts));
    }

    /// <summary>A pipeline whose lunr-languages functions run in <paramref name="host"/> (unused for English).</summary>
    public static LanguagePipeline Create(string language, IScriptHost host)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(host);
        if (!SupportedLanguages.Contains(language))
        {
            throw new NotSupportedException($"No search pipeline for language '{language}'; supported: {string.Join(", ", SupportedLanguages)}.");
        }
        (IReadOnlyList<string> index, IReadOnlyList<string> search) = language == "en"
            ? ((IReadOnlyList<string>)EnglishIndexLabels, (IReadOnlyList<string>)EnglishSearchLabels) : host.Labels(language);
        IReadOnlyList<string> indexLabels = PipelineLayout.WithFolding(index);
        IReadOnlyList<string> searchLabels = PipelineLayout.WithFolding(search);
        var segments = new Dictionary<string, ScriptSegmentStep>(StringComparer.Ordinal);
        return new LanguagePipeline(language, PipelineSteps.Create(indexLabels, host, language, segments),
            PipelineSteps.Create(searchLabels, host, language, segments), indexLabels, searchLabels);
    }

    /// <summary>
    /// Runs a whole vocabulary through the index pipeline step by step, so each script segment gets its words in one
    /// batch; afterwards <see cref="IndexTerms"/> answers from the caches.
    /// </summary>
    public void Prime(IEnumerable<string> tokens)
    {
        lock (gate)
        {
            IEnumerable<string> words = tokens.Where(t => !indexCache.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
            foreach (IPipelineStep step in indexSteps)
            {
                if (step is ScriptSegmentStep segment) segment.Prime(words);
                var next = new HashSet<string>(StringComparer.Ordinal);
                var output = new List<string>(4);
                foreach (string word in words)
                {
                    output.Clear();
                    step.Run([word], output);
                    next.UnionWith(output);
                }
                words = next;
            }
        }
    }

    /// <summary>The index terms for one token of <c>lunr.tokenizer</c> (already lowercased).</summary>
    public IReadOnlyList<string> IndexTerms(string token) => Run(indexSteps, indexCache, token);

    /// <summary>The terms a query term becomes in the browser (the query parser lowercases it first).</summary>
    public IReadOnlyList<string> SearchTerms(string term) => Run(searchSteps, searchCache, term);

    private string[] Run(IReadOnlyList<IPipelineStep> steps, Dictionary<string, string[]> cache, string token)
    {
        lock (gate)
        {
            if (cache.TryGetValue(token, out string[]? cached)) return cached;
            List<string> tokens = [token];
            foreach (IPipelineStep step in steps)
            {
                var output = new List<string>(tokens.Count + 1);
                step.Run(tokens, output);
                tokens = output;
                if (tokens.Count == 0) break;
            }
            string[] terms = tokens.ToArray();
            cache[token] = terms;
            return terms;
        }
    }
}
