namespace CaseLibrary.Rendering.Citations;

/// <summary>
/// An APA-like reference in three parts, so that a page can set the title in italics as APA does for a web page (a
/// work that stands alone) while the text stays plain everywhere else: <see cref="Text"/> is the three joined.
/// </summary>
public sealed record ApaReference(string Lead, string Title, string Tail)
{
    public string Text => Lead + Title + Tail;
}
