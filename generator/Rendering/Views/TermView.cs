namespace CaseLibrary.Rendering.Views;

/// <summary>An entry of a browse page (a competence, country, author or language) with its cases.</summary>
public sealed record TermView(
    string Id,
    string Name,
    string Url,
    string Description,
    string Extra,
    int Count,
    string CountText,
    IReadOnlyList<CaseCardView> Cases,
    IReadOnlyList<LinkView> Links);
