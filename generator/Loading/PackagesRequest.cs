namespace CaseLibrary.Loading;

/// <summary>
/// What the packages stage needs: the site's languages, PATH as the command line read it (node and npm are looked for
/// in its trusted folders: not in the content or theme folder, nor the current one), and the scripts an installed caselib carries.
/// </summary>
public sealed record PackagesRequest(IReadOnlyList<string> Languages, string Source, string? DisplayRoot, string? SearchPath, string? CarriedPackages);
