namespace CaseLibrary.Rendering.Views;

/// <summary>One entry of the page numbers: a page (the current one marked) or a gap shown as an ellipsis.</summary>
public sealed record PageLinkView(int Number, string Url, bool Current, bool Gap);
