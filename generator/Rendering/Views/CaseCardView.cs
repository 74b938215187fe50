namespace CaseLibrary.Rendering.Views;

/// <summary>
/// A case in a list. When the case has no version in the page's language, <see cref="IsFallback"/> is set,
/// <see cref="Lang"/> names the language shown and <see cref="Url"/> links to that version.
/// </summary>
public sealed record CaseCardView(
    string Id,
    string Url,
    string Title,
    string Summary,
    string Lang,
    string LangName,
    bool IsFallback,
    string CountryCode,
    string CountryName,
    string CountryUrl,
    string DateIso,
    string DateText,
    IReadOnlyList<LinkView> Competences,
    IReadOnlyList<string> LearningObjectives)
{
    public string LicenceId { get; init; } = "";

    public string LicenceName { get; init; } = "";

    /// <summary>The teaching notes of the version the card links to, if it has any.</summary>
    public string? NotesUrl { get; init; }

    /// <summary>On an author's page: "wrote" or "translated" (empty elsewhere), and the words that say it.</summary>
    public string Role { get; init; } = "";

    public string RoleText { get; init; } = "";
}
