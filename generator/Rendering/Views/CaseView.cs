namespace CaseLibrary.Rendering.Views;

/// <summary>A case page: one language version with its metadata, all labels in the page's language.</summary>
public sealed record CaseView(
    string Id,
    string Title,
    string Summary,
    HtmlString Body,
    IReadOnlyList<HeadingView> Contents,
    int ReadingMinutes,
    string CountryCode,
    string CountryName,
    string CountryFlag,
    string CountryUrl,
    IReadOnlyList<LinkView> Competences,
    IReadOnlyList<LinkView> Authors,
    IReadOnlyList<LinkView> Translators,
    string DateIso,
    string DateText,
    string? UpdatedIso,
    string? UpdatedText,
    string LicenceName,
    string LicenceUrl,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> LearningObjectives,
    IReadOnlyList<string> DiscussionQuestions,
    IReadOnlyList<LanguageLinkView> AlsoIn,
    bool IsTranslation,
    string OriginalLang,
    string OriginalLangName);

public sealed record HeadingView(string Id, string Text);
