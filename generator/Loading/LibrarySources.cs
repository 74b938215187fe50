namespace CaseLibrary.Loading;

/// <summary>Everything read from the content folder; missing data files are null (the parser reports them).</summary>
public sealed record LibrarySources(
    string RootDisplayPath,
    SourceFile? Library,
    SourceFile? Competences,
    SourceFile? Authors,
    IReadOnlyList<CaseFolder> Cases);
