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
    string OriginalLangName)
{
    /// <summary>The trainer's page of this version, when it has teaching notes.</summary>
    public string? NotesUrl { get; init; }

    /// <summary>When this version has no teaching notes: the notes of its other language versions, one link each.</summary>
    public IReadOnlyList<NotesLinkView> OtherNotes { get; init; } = [];

    /// <summary>The APA-like reference, its title apart so the page can set it in italics.</summary>
    public Citations.ApaReference Citation { get; init; } = new("", "", "");

    /// <summary>The citation downloads: each a <c>data:</c> URL holding the file, and the name it is saved under.</summary>
    public string BibUrl { get; init; } = "";

    public string BibFile { get; init; } = "";

    public string RisUrl { get; init; } = "";

    public string RisFile { get; init; } = "";

    public string CslUrl { get; init; } = "";

    public string CslFile { get; init; } = "";

    /// <summary>The PDF of this version, when the site was built with --pdf.</summary>
    public string? PdfUrl { get; init; }

    /// <summary>A translation's own date (its 'updated', else its 'date').</summary>
    public string? TranslationDateIso { get; init; }

    public string? TranslationDateText { get; init; }

    /// <summary>The original was updated after this translation: it may be outdated.</summary>
    public bool Outdated { get; init; }

    public string OriginalUrl { get; init; } = "";

    public string CoursePackUrl { get; init; } = "";

    /// <summary>A draft, shown only by serve and build --drafts: the page says so.</summary>
    public bool IsDraft { get; init; }

    /// <summary>Cases sharing competences with this one, most shared first (<see cref="RelatedCases"/>).</summary>
    public IReadOnlyList<CaseCardView> Related { get; init; } = [];
}

public sealed record HeadingView(string Id, string Text);
