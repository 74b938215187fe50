namespace CaseLibrary.Search;

/// <summary>
/// Consecutive lunr-languages functions (e.g. trimmer-fr, stopWordFilter-fr, accentFold-fr) run by an
/// <see cref="IScriptHost"/> as one lunr.Pipeline. Results are memoised per word; <see cref="Prime"/> sends a whole
/// vocabulary in one batch, so a build pays one round trip per language instead of one per word. Not thread-safe.
/// </summary>
internal sealed class ScriptSegmentStep : IPipelineStep
{
    private readonly IScriptHost _host;
    private readonly string _language;
    private readonly Dictionary<string, IReadOnlyList<string>> _results = new(StringComparer.Ordinal);

    public ScriptSegmentStep(IScriptHost host, string language, IReadOnlyList<string> labels)
    {
        _host = host;
        _language = language;
        Labels = labels;
    }

    public IReadOnlyList<string> Labels { get; }

    public string Label => string.Join(",", Labels);

    /// <summary>Runs every word not seen yet in one batch.</summary>
    public void Prime(IEnumerable<string> words)
    {
        var missing = words.Where(w => !_results.ContainsKey(w)).Distinct(StringComparer.Ordinal).ToList();
        var terms = _host.Run(_language, Labels, missing);
        for (var i = 0; i < missing.Count; i++) _results.Add(missing[i], terms[i]);
    }

    public void Run(IReadOnlyList<string> tokens, List<string> output)
    {
        foreach (string token in tokens)
        {
            if (!_results.TryGetValue(token, out IReadOnlyList<string>? terms))
            {
                terms = _host.Run(_language, Labels, [token])[0];
                _results.Add(token, terms);
            }
            output.AddRange(terms);
        }
    }
}
