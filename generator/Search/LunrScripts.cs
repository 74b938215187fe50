namespace CaseLibrary.Search;

/// <summary>
/// JavaScript source of the pinned npm packages that the non-English pipelines run (in Node, or Jint):
/// lunr.js, lunr-languages' lunr.stemmer.support.js and lunr.&lt;code&gt;.js per language code.
/// Read from theme/node_modules, or from the copy an installed caselib carries, by <c>CaseLibrary.Loading.LunrScriptsLoader</c>.
/// </summary>
public sealed record LunrScripts(
    string Lunr,
    string StemmerSupport,
    IReadOnlyDictionary<string, string> Languages)
{
    /// <summary>Where the build took the scripts from, for the line <c>build</c> prints (theme/node_modules, or the copy an installed caselib carries); empty for stand-ins.</summary>
    public string Origin { get; init; } = "";

    /// <summary>
    /// Empty scripts for <c>check</c>, which renders the search pages without reading or installing the packages:
    /// the pages and their links are the same, only the content hashes in the names of the search scripts differ.
    /// </summary>
    public static LunrScripts StandIn(IEnumerable<string> languages) =>
        new("", "", languages.Where(l => l != "en").Distinct(StringComparer.Ordinal).ToDictionary(l => l, _ => "", StringComparer.Ordinal));
}
