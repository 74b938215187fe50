namespace CaseLibrary.Search;

/// <summary>
/// Consecutive lunr-languages functions (e.g. trimmer-fr, stopWordFilter-fr, accentFold-fr)
/// run in Jint as one lunr.Pipeline, one call per token.
/// </summary>
internal sealed class JintSegmentStep : IPipelineStep
{
    private readonly Func<string, IReadOnlyList<string>> run;

    public JintSegmentStep(LunrLanguagesEngine engine, IReadOnlyList<string> labels)
    {
        Labels = labels;
        run = engine.CreateSegment(labels);
    }

    public IReadOnlyList<string> Labels { get; }

    public string Label => string.Join(",", Labels);

    public void Run(IReadOnlyList<string> tokens, List<string> output)
    {
        foreach (string token in tokens) output.AddRange(run(token));
    }
}
