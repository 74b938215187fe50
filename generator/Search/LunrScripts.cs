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
    /// <summary>
    /// The minified builds of the same scripts that the site publishes for the browser (<see cref="SearchAssets"/>);
    /// empty for stand-ins and for tests that build no site.
    /// </summary>
    public PublishedLunrScripts Published { get; init; } = PublishedLunrScripts.None;

    /// <summary>Where the build took the scripts from, for the line <c>build</c> prints (theme/node_modules, or the copy an installed caselib carries); empty for stand-ins.</summary>
    public string Origin { get; init; } = "";

    /// <summary>
    /// Empty scripts for <c>check</c>, which renders the search pages without reading or installing the packages:
    /// the pages and their links are the same, only the content hashes in the names of the search scripts differ.
    /// </summary>
    public static LunrScripts StandIn(IEnumerable<string> languages)
    {
        var empty = languages.Where(l => l != "en").Distinct(StringComparer.Ordinal).ToDictionary(l => l, _ => "", StringComparer.Ordinal);
        return new("", "", empty) { Published = new PublishedLunrScripts("", "", empty) };
    }
}

/// <summary>
/// What the browser runs: lunr's own minified build (lunr/lunr.min.js) and lunr-languages' (min/lunr.stemmer.support.min.js,
/// min/lunr.&lt;code&gt;.min.js), pinned by SHA-256 like the scripts the index builder runs. Tests in Node prove that they
/// give the same terms and the same results, to the last bit of every score, as those scripts.
/// </summary>
public sealed record PublishedLunrScripts(string Lunr, string StemmerSupport, IReadOnlyDictionary<string, string> Languages)
{
    public static readonly PublishedLunrScripts None = new("", "", new Dictionary<string, string>());
}
