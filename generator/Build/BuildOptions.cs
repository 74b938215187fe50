namespace CaseLibrary.Build;

/// <summary>What to build: folders, the base URL override, whether drafts are included, and for serve a cache and a page subset.</summary>
public sealed record BuildOptions(
    string Source,
    string Theme,
    string Output,
    string? BaseUrl = null,
    bool Drafts = false,
    string? DisplayRoot = null,
    bool Pdf = false)
{
    /// <summary>
    /// <c>--low-memory</c>: write each file into the staging folder as it is rendered and keep only what the link
    /// check needs, instead of holding the whole site until the write stage. Same output; less memory for a large
    /// library, but slower where creating files is slow (measured in the README's build benchmark).
    /// </summary>
    public bool LowMemory { get; init; }

    /// <summary>Kept between runs by <c>serve</c>: files read and cases parsed, reused while unchanged.</summary>
    public BuildCache? Cache { get; init; }

    /// <summary>
    /// A preview for <c>serve</c>: render only the pages of these cases, and skip search, link check and writing.
    /// Null for a full build.
    /// </summary>
    public IReadOnlySet<string>? OnlyCases { get; init; }
}
