namespace CaseLibrary.Search;

/// <summary>
/// "caselibFold" (search-fold.js): keeps each token and, when folding changes it, adds the
/// folded copy right after it. See search-fold.js for why and where it sits in the pipeline.
/// </summary>
internal sealed class FoldStep : IPipelineStep
{
    public const string FoldLabel = "caselibFold";

    public string Label => FoldLabel;

    public void Run(IReadOnlyList<string> tokens, List<string> output)
    {
        foreach (string token in tokens)
        {
            output.Add(token);
            string folded = AccentFolding.Fold(token);
            if (folded != token) output.Add(folded);
        }
    }
}
