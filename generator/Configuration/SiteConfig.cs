namespace CaseLibrary.Configuration;

/// <summary>Typed site settings from library.yaml, with command-line overrides already applied.</summary>
public sealed record SiteConfig(
    LocalizedText Title,
    IReadOnlyList<string> Languages,
    LocalizedText Tagline,
    string BaseUrl,
    string Licence,
    LocalizedText Credit)
{
    /// <summary>The editorial rule of library.yaml's <c>minimum_words</c>; null when the library sets none.</summary>
    public int? MinimumWords { get; init; }

    /// <summary>
    /// The supported codes that the unsupported codes in library.yaml's languages most likely meant ('itt' → 'it'):
    /// files and texts in those languages are not also reported, since the one typo is the cause.
    /// </summary>
    public IReadOnlyList<string> MeantLanguages { get; init; } = [];

    /// <summary>Where library.yaml writes the licence (checked by the model stage); null when it names none (the default).</summary>
    public Diagnostics.SourceLocation? LicenceLocation { get; init; }

    public string DefaultLanguage => Languages[0];

    /// <summary>The path part of the base URL, always starting and ending with '/': "/" or "/library/".</summary>
    public string BasePath => new Uri(BaseUrl).AbsolutePath;
}
