namespace CaseLibrary.Rendering.Views;

/// <summary>The navigation between the pages of a list: previous, next and the page numbers (with gaps).</summary>
public sealed record PaginationView(int Number, int Count, string StatusText, string? PrevUrl, string? NextUrl, IReadOnlyList<PageLinkView> Links);
