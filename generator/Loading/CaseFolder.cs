namespace CaseLibrary.Loading;

/// <summary>
/// One folder under cases/: its language versions (<c>&lt;lang&gt;.md</c>), the optional teaching notes per language
/// (<c>&lt;lang&gt;.notes.md</c>) and the files published beside it.
/// </summary>
public sealed record CaseFolder(
    string Id,
    string DisplayPath,
    IReadOnlyList<CaseSource> Versions,
    IReadOnlyList<AssetFile> Assets)
{
    public IReadOnlyList<CaseSource> Notes { get; init; } = [];
}

public sealed record CaseSource(string Language, SourceFile File);
