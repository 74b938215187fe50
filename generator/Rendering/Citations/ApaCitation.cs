using System.Globalization;

namespace CaseLibrary.Rendering.Citations;

/// <summary>
/// An APA-like reference of a web page, as APA 7 writes it: "Family, G., &amp; Family, G. (2024, March 18). <i>Title</i>
/// (G. Family, Trans.). Site name. URL". The date's words and the translator phrase come from the theme's strings
/// (<c>cite.date</c>, <c>cite.translators</c> with {0} for the names), so a reference reads in the page's language.
/// Plain text: the template escapes each part and sets the title in italics.
/// </summary>
public static class ApaCitation
{
    public static ApaReference Format(Citation citation, string translatorsPhrase, string dateText)
    {
        var lead = AuthorList(citation.Authors.Select(a => a.Initials.Length == 0 ? a.Family : $"{a.Family}, {a.Initials}").ToList())
            + " (" + (dateText.Length > 0 ? dateText : citation.Issued.Year.ToString(CultureInfo.InvariantCulture)) + "). ";
        var tail = new System.Text.StringBuilder();
        if (citation.Translators.Count > 0)
        {
            // The translators go inside the title's sentence: "Title (A. B, Trans.)." — a title's own '?' or '!' stays.
            var names = AuthorList(citation.Translators.Select(t => t.Initials.Length == 0 ? t.Family : $"{t.Initials} {t.Family}").ToList());
            tail.Append(" (").Append(translatorsPhrase.Replace("{0}", names, StringComparison.Ordinal)).Append(").");
        }
        else if (!EndsSentence(citation.Title))
        {
            tail.Append('.');
        }
        tail.Append(' ').Append(EndSentence(citation.Publisher));
        tail.Append(' ').Append(citation.Url);
        return new ApaReference(lead, citation.Title, tail.ToString());
    }

    private static string AuthorList(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        2 => $"{names[0]}, & {names[1]}",
        _ => string.Join(", ", names.Take(names.Count - 1)) + ", & " + names[^1],
    };

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '?' or '!';

    private static string EndSentence(string text) => EndsSentence(text) ? text : text + ".";
}
