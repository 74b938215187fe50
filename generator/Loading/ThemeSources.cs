namespace CaseLibrary.Loading;

/// <summary>Everything read from the theme folder: templates by name, UI strings by language, static assets.</summary>
public sealed record ThemeSources(
    string RootDisplayPath,
    IReadOnlyDictionary<string, SourceFile> Templates,
    IReadOnlyDictionary<string, SourceFile> Strings,
    IReadOnlyList<AssetFile> Assets)
{
    /// <summary>False when the theme folder is not there (CL0300 says so once; nothing in it is reported missing).</summary>
    public bool Exists { get; init; } = true;
}
