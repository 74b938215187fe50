namespace CaseLibrary.Search;

/// <summary>
/// Turns pipeline labels into steps: lunr's English functions and the folding steps are C#;
/// runs of lunr-languages functions between them become one <see cref="ScriptSegmentStep"/>,
/// shared through <paramref name="segments"/> by pipelines that contain the same run (the
/// stemmer, typically), so each word is stemmed once for both the index and the search pipeline.
/// </summary>
internal static class PipelineSteps
{
    public static IReadOnlyList<IPipelineStep> Create(IReadOnlyList<string> labels, IScriptHost? host, string language,
        Dictionary<string, ScriptSegmentStep> segments)
    {
        var steps = new List<IPipelineStep>();
        var jintLabels = new List<string>();
        foreach (string label in labels)
        {
            IPipelineStep? step = CreateNative(label);
            if (step is null)
            {
                jintLabels.Add(label);
                continue;
            }
            Flush(steps, jintLabels, host, language, segments);
            steps.Add(step);
        }
        Flush(steps, jintLabels, host, language, segments);
        return steps;
    }

    private static IPipelineStep? CreateNative(string label) => label switch
    {
        "trimmer" => new EnglishTrimmer(),
        "stopWordFilter" => new EnglishStopWordFilter(),
        "stemmer" => new PorterStemmer(),
        FoldStep.FoldLabel => new FoldStep(),
        DedupeStep.DedupeLabel => new DedupeStep(),
        _ => null,
    };

    private static void Flush(List<IPipelineStep> steps, List<string> jintLabels, IScriptHost? host, string language,
        Dictionary<string, ScriptSegmentStep> segments)
    {
        if (jintLabels.Count == 0) return;
        if (host is null) throw new InvalidOperationException("No lunr-languages host for " + string.Join(", ", jintLabels));
        string key = string.Join(",", jintLabels);
        if (!segments.TryGetValue(key, out ScriptSegmentStep? segment))
        {
            segment = new ScriptSegmentStep(host, language, jintLabels.ToArray());
            segments.Add(key, segment);
        }
        steps.Add(segment);
        jintLabels.Clear();
    }
}
