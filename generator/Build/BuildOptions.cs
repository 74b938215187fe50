namespace CaseLibrary.Build;

/// <summary>What to build: folders, the base URL override, whether drafts are included, and for serve a page subset. Input only: a run
/// never changes it (serve's cache is passed to <see cref="BuildPipeline.Run(BuildOptions, BuildPlan, BuildCache?)"/> and handed back in the result).</summary>
public sealed record BuildOptions(
    string Source,
    string Theme,
    string Output,
    string? BaseUrl = null,
    bool Drafts = false,
    string? DisplayRoot = null,
    bool Pdf = false)
{
    /// <summary>With <c>--lunr-index</c>: also publish each language's whole index, lunr's own serialization
    /// (<c>&lt;lang&gt;/search/index.json</c>, which lunr.Index.load reads) and its compact form (<c>index.pack.json</c>,
    /// search-pack.js's loadPack); no page of the site loads either (the browser loads the split index).</summary>
    public bool LunrIndex { get; init; }

    /// <summary>For <c>--pdf</c>: the Chromium to print with (CASELIB_CHROMIUM), or null for the usual install paths.</summary>
    public string? Chromium { get; init; }

    /// <summary>PATH as the command line read it: node and npm are looked for in its trusted absolute folders only. Null: neither is found.</summary>
    public string? SearchPath { get; init; }

    /// <summary>The pinned search scripts an installed caselib carries (search-packages/ beside it), used when the theme has
    /// no node_modules; null when run from a clone, which carries none.</summary>
    public string? CarriedPackages { get; init; }

    /// <summary>
    /// A preview for <c>serve</c>: render only the pages of these cases, and skip search, link check and writing.
    /// Null for a full build.
    /// </summary>
    public IReadOnlySet<string>? OnlyCases { get; init; }
}
