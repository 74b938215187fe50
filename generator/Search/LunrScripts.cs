namespace CaseLibrary.Search;

/// <summary>
/// JavaScript source of the pinned npm packages that the non-English pipelines run (in Node, or Jint):
/// lunr.js, lunr-languages' lunr.stemmer.support.js and lunr.&lt;code&gt;.js per language code.
/// Read from theme/node_modules by <c>CaseLibrary.Loading.LunrScriptsLoader</c>.
/// </summary>
public sealed record LunrScripts(
    string Lunr,
    string StemmerSupport,
    IReadOnlyDictionary<string, string> Languages)
{
    /// <summary>
    /// Empty scripts for <c>check</c>, which renders the search pages without reading or installing the packages:
    /// the pages and their links are the same, only the content hashes in the names of the search scripts differ.
    /// </summary>
    public static LunrScripts StandIn(IEnumerable<string> languages) =>
        new("", "", languages.Where(l => l != "en").Distinct(StringComparer.Ordinal).ToDictionary(l => l, _ => "", StringComparer.Ordinal));
}
