namespace CaseLibrary.Loading;

/// <summary>One folder under cases/: its language versions (keyed by language code) and the files published beside it.</summary>
public sealed record CaseFolder(
    string Id,
    string DisplayPath,
    IReadOnlyList<CaseSource> Versions,
    IReadOnlyList<AssetFile> Assets);

public sealed record CaseSource(string Language, SourceFile File);
