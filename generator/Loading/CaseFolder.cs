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

    /// <summary>
    /// Languages of version files that are there but were refused with an error of their own (not UTF-8, EN.md,
    /// en.markdown): the version counts as present, so its notes and translations get no second message about it.
    /// </summary>
    public IReadOnlyList<string> RefusedLanguages { get; init; } = [];

    /// <summary>
    /// Folders inside this one that hold a case (cases/2024/peer-mentoring/en.md), refused with an error of their own
    /// (CL0208): links to them get no second message.
    /// </summary>
    public IReadOnlyList<string> MisplacedCases { get; init; } = [];

    /// <summary>A file beside the case was refused with an error of its own (Diagram.PNG): links into the case are not also reported.</summary>
    public bool HasRefusedFile { get; init; }
}

public sealed record CaseSource(string Language, SourceFile File);
