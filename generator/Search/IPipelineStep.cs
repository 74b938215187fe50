namespace CaseLibrary.Search;

/// <summary>
/// One lunr pipeline function. <see cref="Run"/> gets the tokens that one tokenizer token has
/// become so far (usually one) and appends what the function returns for each of them; a
/// dropped token appends nothing. This is lunr.Pipeline.run, one source word at a time.
/// </summary>
internal interface IPipelineStep
{
    /// <summary>The label the function is registered under in lunr.Pipeline.</summary>
    string Label { get; }

    void Run(IReadOnlyList<string> tokens, List<string> output);
}
