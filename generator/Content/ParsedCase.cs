using CaseLibrary.Loading;

namespace CaseLibrary.Content;

/// <summary>
/// One case folder after parsing: the versions that parsed (a version with an error of its own is left out), the
/// languages of every version file it has, its published files, and the path of every version and notes file (so that
/// the check can tell a page missing because of an error). It names no source text.
/// </summary>
public sealed record ParsedCase(
    string Id,
    IReadOnlyList<string> VersionLanguages,
    IReadOnlyList<AssetFile> Assets,
    IReadOnlyList<CaseDocument> Documents,
    IReadOnlyList<string> SourcePaths)
{
    /// <summary>Case folders found inside this one (<see cref="CaseFolder.MisplacedCases"/>), already reported.</summary>
    public IReadOnlyList<string> MisplacedCases { get; init; } = [];

    /// <summary>See <see cref="CaseFolder.HasRefusedFile"/>.</summary>
    public bool HasRefusedFile { get; init; }
}
