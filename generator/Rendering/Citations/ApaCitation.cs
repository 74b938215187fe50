using System.Globalization;

namespace CaseLibrary.Rendering.Citations;

/// <summary>
/// An APA-like reference as plain text (the template escapes it): "Family, G., &amp; Family, G. (2024). Title
/// (G. Family, Trans.). Publisher. URL". The translator phrase comes from the theme's strings, with {0} for the names.
/// </summary>
public static class ApaCitation
{
    public static string Format(Citation citation, string translatorsPhrase)
    {
        var text = new System.Text.StringBuilder();
        text.Append(AuthorList(citation.Authors.Select(a => a.Initials.Length == 0 ? a.Family : $"{a.Family}, {a.Initials}").ToList()));
        text.Append(" (").Append(citation.Issued.Year.ToString(CultureInfo.InvariantCulture)).Append("). ");
        text.Append(EndSentence(citation.Title));
        if (citation.Translators.Count > 0)
        {
            var names = AuthorList(citation.Translators.Select(t => t.Initials.Length == 0 ? t.Family : $"{t.Initials} {t.Family}").ToList());
            text.Length--; // drop the '.' so the translators go inside the sentence
            text.Append(" (").Append(translatorsPhrase.Replace("{0}", names, StringComparison.Ordinal)).Append(").");
        }
        text.Append(' ').Append(EndSentence(citation.Publisher));
        text.Append(' ').Append(citation.Url);
        return text.ToString();
    }

    private static string AuthorList(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        2 => $"{names[0]}, & {names[1]}",
        _ => string.Join(", ", names.Take(names.Count - 1)) + ", & " + names[^1],
    };

    private static string EndSentence(string text) =>
        text.Length > 0 && text[^1] is '.' or '?' or '!' ? text : text + ".";
}
