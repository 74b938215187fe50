namespace CaseLibrary.Search;

/// <summary>
/// JavaScript source of the pinned npm packages that the non-English pipelines run (in Node, or Jint):
/// lunr.js, lunr-languages' lunr.stemmer.support.js and lunr.&lt;code&gt;.js per language code.
/// Read from theme/node_modules by <c>CaseLibrary.Loading.LunrScriptsLoader</c>.
/// </summary>
public sealed record LunrScripts(
    string Lunr,
    string StemmerSupport,
    IReadOnlyDictionary<string, string> Languages);
