using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CaseLibrary.Rendering.Citations;

/// <summary>
/// A BibTeX/biblatex <c>@online</c> entry. Field values are brace-delimited and UTF-8; TeX's special characters
/// are written as commands whose own braces balance (BibTeX counts braces even after a backslash, so "\{" alone
/// would unbalance the field), and line breaks become spaces. <c>url</c> is a verbatim field (biblatex reads it as
/// written, <c>\url</c> prints it): it is written as is, only what would break the field percent-encoded. <c>langid</c> is
/// the babel name of the language ("english", "ngerman"), which biblatex and babel expect, not its ISO code.
/// </summary>
public static partial class BibTexWriter
{
    public static string Write(Citation citation)
    {
        var text = new StringBuilder();
        text.Append("@online{").Append(citation.Key).Append(",\n");
        Field(text, "author", Names(citation.Authors));
        if (citation.Translators.Count > 0) Field(text, "translator", Names(citation.Translators));
        Field(text, "title", "{" + Escape(citation.Title) + "}");
        Field(text, "date", citation.Issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(text, "year", citation.Issued.Year.ToString(CultureInfo.InvariantCulture));
        Field(text, "publisher", Escape(citation.Publisher));
        Field(text, "organization", Escape(citation.Publisher));
        Field(text, "url", VerbatimUrl(citation.Url));
        Field(text, "langid", Escape(Configuration.LanguageInfo.Find(citation.Language)?.Babel ?? citation.Language));
        Field(text, "abstract", Escape(citation.Abstract));
        Field(text, "note", Escape($"{citation.LicenceLabel}: {citation.LicenceName}, {citation.LicenceUrl}"));
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>Escapes text for a brace-delimited BibTeX field.</summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder();
        foreach (var c in Citation.Clean(value))
        {
            text.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\textbraceleft{}",
                '}' => @"\textbraceright{}",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '%' or '&' or '$' or '#' or '_' => "\\" + c,
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }

    /// <summary>
    /// A URL for a verbatim field: TeX escapes would become part of the address there (<c>case\_library</c>), so none
    /// are used. Braces (which delimit the field), backslashes and spaces are percent-encoded, which names the same address.
    /// </summary>
    public static string VerbatimUrl(string url)
    {
        var text = new StringBuilder();
        foreach (var c in Citation.Clean(url))
        {
            text.Append(c switch
            {
                '{' => "%7B",
                '}' => "%7D",
                '\\' => "%5C",
                ' ' => "%20",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }

    private static string Names(IReadOnlyList<PersonName> people) =>
        string.Join(" and ", people.Select(p => p.Given.Length == 0 ? Protect(p.Family) : $"{Protect(p.Family)}, {Protect(p.Given)}"));

    /// <summary>A name part with a comma or the word "and" would split the list: such parts are wrapped in braces.</summary>
    private static string Protect(string part)
    {
        var escaped = Escape(part);
        return escaped.Contains(',') || AndWord().IsMatch(escaped) ? "{" + escaped + "}" : escaped;
    }

    [GeneratedRegex(@"(^|\s)and(\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AndWord();

    private static void Field(StringBuilder text, string name, string value) =>
        text.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
}
