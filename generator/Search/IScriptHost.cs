namespace CaseLibrary.Search;

/// <summary>
/// Runs lunr-languages' registered pipeline functions (trimmer-xx, stopWordFilter-xx, stemmer-xx, …) exactly as the
/// pinned JavaScript defines them. <see cref="NodeScriptHost"/> runs them in Node (fast, batched);
/// <see cref="JintScriptHost"/> in Jint, in process, when Node is not available.
/// </summary>
public interface IScriptHost : IDisposable
{
    /// <summary>lunr.&lt;code&gt;'s index and search pipeline labels, e.g. trimmer-fr, stopWordFilter-fr, stemmer-fr.</summary>
    (IReadOnlyList<string> Index, IReadOnlyList<string> Search) Labels(string language);

    /// <summary>
    /// For each word, the terms that one lunr.Pipeline of the registered functions <paramref name="labels"/>
    /// returns for it (lunr.Pipeline.runString); thread-safe.
    /// </summary>
    IReadOnlyList<string>[] Run(string language, IReadOnlyList<string> labels, IReadOnlyList<string> words);
}
