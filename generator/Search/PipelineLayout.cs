namespace CaseLibrary.Search;

/// <summary>
/// Where the folding steps go in a lunr pipeline; placeSteps() in search-fold.js does the same:
/// caselibFold immediately before the stemmer, or before lunr's English "trimmer" where there is
/// one (it strips letters outside ASCII); caselibDedupe immediately after the stemmer.
/// </summary>
internal static class PipelineLayout
{
    public static IReadOnlyList<string> WithFolding(IReadOnlyList<string> labels)
    {
        int stemmer = -1;
        for (int i = 0; i < labels.Count && stemmer < 0; i++)
        {
            if (IsStemmer(labels[i])) stemmer = i;
        }
        if (stemmer < 0) throw new InvalidOperationException("Pipeline has no stemmer: " + string.Join(", ", labels));
        int trimmer = IndexOf(labels, "trimmer");
        int foldAt = trimmer >= 0 ? trimmer : stemmer;

        var result = new List<string>(labels.Count + 2);
        for (int i = 0; i < labels.Count; i++)
        {
            if (i == foldAt) result.Add(FoldStep.FoldLabel);
            result.Add(labels[i]);
            if (i == stemmer) result.Add(DedupeStep.DedupeLabel);
        }
        return result;
    }

    public static bool IsStemmer(string label) =>
        label == "stemmer" || label.StartsWith("stemmer-", StringComparison.Ordinal);

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label) return i;
        }
        return -1;
    }
}
