namespace CaseLibrary.Search;

/// <summary>
/// "caselibDedupe" (search-fold.js): drops a token equal to the one before it from the same
/// source word. A step here only ever sees the tokens of one source word, which is what the
/// JavaScript version checks through the shared metadata object.
/// </summary>
internal sealed class DedupeStep : IPipelineStep
{
    public const string DedupeLabel = "caselibDedupe";

    public string Label => DedupeLabel;

    public void Run(IReadOnlyList<string> tokens, List<string> output)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && tokens[i - 1] == tokens[i]) continue;
            output.Add(tokens[i]);
        }
    }
}
