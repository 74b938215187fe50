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

    /// <summary>The languages whose pages print on US Letter (library.yaml's <c>paper</c>); every other prints on A4.</summary>
    public IReadOnlySet<string> LetterLanguages { get; init; } = new HashSet<string>();

    /// <summary>"letter" or "A4": the paper size of a language's printed pages and PDFs.</summary>
    public string Paper(string language) => LetterLanguages.Contains(language) ? "letter" : "A4";

    /// <summary>The About page's text per language (library.yaml's <c>about</c>); empty when the site has no About page.</summary>
    public LocalizedText About { get; init; } = LocalizedText.Empty;

    /// <summary>Whether the site has an About page: library.yaml gives its text in at least one language.</summary>
    public bool HasAbout => About.Languages.Any() || About.Has("");

    public string DefaultLanguage => Languages[0];

    /// <summary>The path part of the base URL, always starting and ending with '/': "/" or "/library/".</summary>
    public string BasePath => new Uri(BaseUrl).AbsolutePath;
}
