namespace CaseLibrary.Search;

/// <summary>
/// Consecutive lunr-languages functions (e.g. trimmer-fr, stopWordFilter-fr, accentFold-fr)
/// run in Jint as one lunr.Pipeline, one call per distinct token: results are memoised, as
/// the stemmers cost a tenth of a millisecond or more per word in Jint. Not thread-safe.
/// </summary>
internal sealed class JintSegmentStep : IPipelineStep
{
    private readonly Func<string, IReadOnlyList<string>> run;
    private readonly Dictionary<string, IReadOnlyList<string>> results = new(StringComparer.Ordinal);

    public JintSegmentStep(LunrLanguagesEngine engine, IReadOnlyList<string> labels)
    {
        Labels = labels;
        run = engine.CreateSegment(labels);
    }

    public IReadOnlyList<string> Labels { get; }

    public string Label => string.Join(",", Labels);

    public void Run(IReadOnlyList<string> tokens, List<string> output)
    {
        foreach (string token in tokens)
        {
            if (!results.TryGetValue(token, out IReadOnlyList<string>? terms))
            {
                terms = run(token);
                results.Add(token, terms);
            }
            output.AddRange(terms);
        }
    }
}
