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

    /// <summary>
    /// The teaching notes the card marks: the version's own, else those of another language (a translation without
    /// notes still says that notes exist and links them); null when the case has none.
    /// </summary>
    public NotesLinkView? Notes { get; init; }

    /// <summary>On an author's page: "wrote" or "translated" (empty elsewhere), and the words that say it.</summary>
    public string Role { get; init; } = "";

    public string RoleText { get; init; } = "";
}
