namespace CaseLibrary.Rendering.Views;

/// <summary>
/// A link to a case's teaching notes as a page in one language shows it: <see cref="Text"/> is "Teaching notes", or
/// "Teaching notes (English)" when the notes are not in the page's language (then <see cref="IsOtherLanguage"/> is set
/// and the link carries <c>hreflang</c>).
/// </summary>
public sealed record NotesLinkView(string Url, string Lang, string Text, bool IsOtherLanguage);
