namespace CaseLibrary.Build;

/// <summary>What to build: folders, the base URL override and whether drafts are included.</summary>
public sealed record BuildOptions(
    string Source,
    string Theme,
    string Output,
    string? BaseUrl = null,
    bool Drafts = false,
    string? DisplayRoot = null,
    bool Pdf = false);
