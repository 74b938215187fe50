using System.Text.RegularExpressions;

namespace CaseLibrary.Configuration;

/// <summary>
/// The rule for the address the site is published at (library.yaml's <c>base_url</c>, or <c>--base-url</c>): a plain
/// absolute http(s) address, with no user name or password, no '?' or '#' part, and a path of letters, digits and
/// <c>- . _ ~ /</c> only, naming a folder (not a page such as <c>index.html</c>). Every page's links, the feeds and the sitemap start with it, so a character that would need
/// escaping (a space, a quote, '&lt;') would turn into thousands of broken links instead of one message here.
/// </summary>
public static partial class BaseUrl
{
    public const string Example = "https://example.org/library/";

    /// <summary>The address ending with '/', or null when <see cref="Problem"/> has something to say.</summary>
    public static string? Normalise(string text)
    {
        if (Problem(text) is not null || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)) return null;
        var value = uri.GetLeftPart(UriPartial.Path);
        return value.EndsWith('/') ? value : value + "/";
    }

    /// <summary>What is wrong with <paramref name="text"/> as the site's address, in plain words; null when nothing is.</summary>
    public static string? Problem(string text)
    {
        var value = text.Trim();
        var whole = $"an absolute http(s) address such as {Example}";
        var scheme = Scheme().Match(value);
        if (!scheme.Success) return $"must be {whole}";
        var rest = value[scheme.Length..];
        var authorityEnd = rest.IndexOfAny(['/', '?', '#']);
        var authority = authorityEnd < 0 ? rest : rest[..authorityEnd];
        if (authority.Contains('@'))
            return $"must not contain a user name or password (the part before '@'): write only the address, such as {Example}";
        if (value.IndexOfAny(['?', '#']) is var part and >= 0)
            return $"must not have a '{value[part]}' part: write only the address of the site's folder, such as {Example}";
        if (!Authority().IsMatch(authority)) return $"must be {whole}, not '{Shorten(value)}'";
        var path = authorityEnd < 0 ? "" : rest[authorityEnd..];
        if (path.FirstOrDefault(c => !IsPlainPathCharacter(c)) is var bad and not '\0')
            return $"contains {Describe(bad)}, which a web address cannot hold as written: use only letters, digits and - . _ ~ / in its path, such as {Example}";
        // The address of a page, not of the folder the site is in: every link would start with ".../index.html/".
        var last = path[(path.LastIndexOf('/') + 1)..];
        if (PageExtensions.Any(e => last.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            return $"is the address of a page ('{Shorten(last)}'), not of the folder the site is published in: leave '{Shorten(last)}' out, as in {value[..(value.Length - last.Length)]}";
        return Uri.TryCreate(value, UriKind.Absolute, out _) ? null : $"must be {whole}, not '{Shorten(value)}'";
    }

    private static readonly string[] PageExtensions = [".html", ".htm", ".xhtml", ".php", ".asp", ".aspx", ".jsp", ".xml", ".json", ".md"];

    private static bool IsPlainPathCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '/';

    private static string Describe(char c) => c switch
    {
        ' ' => "a space",
        '"' => "a double quote (\")",
        '\'' => "a quote (')",
        '%' => "'%' (a letter or sign written as a code, such as %20 for a space)",
        _ when char.IsWhiteSpace(c) || char.IsControl(c) => $"an invisible character (U+{(int)c:X4})",
        _ => $"'{c}'",
    };

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";

    [GeneratedRegex("^https?://", RegexOptions.IgnoreCase)]
    private static partial Regex Scheme();

    /// <summary>A host name or an IPv4 address, or an IPv6 address in [ ], with an optional port.</summary>
    [GeneratedRegex(@"^([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?$")]
    private static partial Regex Authority();
}
