namespace CaseLibrary.Markdown;

/// <summary>
/// Which URLs a case may use. Links: http(s), mailto, fragments and relative paths that stay inside the cases
/// (a page sits at <c>/&lt;lang&gt;/cases/&lt;id&gt;/</c>, so <c>../other-case/</c> is the furthest it may go).
/// Images: only a file published beside the case. An image from another site would be fetched by every reader's
/// browser (that site sees who reads the case) and by the build machine for --pdf; the site's Content-Security-Policy
/// (<c>img-src 'self'</c>) would block it anyway.
/// </summary>
public static class LinkPolicy
{
    private const string RemoteImage = "images from other sites are not allowed: download the image, put the file beside the case "
        + "(for example diagram.png in the case's folder) and write ![description](diagram.png)";

    public static string? Problem(string url, bool isImage)
    {
        var trimmed = url.Trim();
        if (trimmed.Length == 0) return "the link has no address";
        if (trimmed.Any(char.IsControl)) return "the address contains control characters";
        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon > 0 && (slash < 0 || colon < slash))
        {
            var scheme = trimmed[..colon].ToLowerInvariant();
            if (isImage) return scheme is "http" or "https" ? RemoteImage : $"images must be a file beside the case, not '{scheme}:'";
            return scheme is "http" or "https" or "mailto" ? null : $"'{scheme}:' links are not allowed; use https://, mailto: or a relative link";
        }
        if (trimmed.StartsWith("//", StringComparison.Ordinal)) return isImage ? RemoteImage : "write the full address with https://";
        if (trimmed.StartsWith('/')) return "links starting with '/' break when the site lives under a sub-path; use a relative link such as ../other-case/";
        if (trimmed.StartsWith('#')) return isImage ? "an image needs a file name" : null;

        if (!isImage && trimmed.IndexOf('@') > 0 && !trimmed.Contains('/') && trimmed.IndexOf('.', trimmed.IndexOf('@')) > 0)
            return $"an e-mail address in a link starts with mailto: (write mailto:{trimmed})";
        if (trimmed.Contains('\\'))
            return $"addresses use '/' between folders, not '\\' as Windows shows paths (write {Slashed(trimmed)})";
        var path = trimmed.Split('?', '#')[0];
        var segments = path.Split('/');
        if (isImage && (segments.Length > 1 || segments[0] is "." or ".."))
            return "images must be files in the case's own folder, like diagram.png";
        var depth = 0;
        foreach (var segment in segments)
        {
            if (segment == "..") depth--;
            else if (segment is not ("." or "")) depth++;
            if (depth < -1) return "the link leaves the case library; link to another case as ../case-id/";
        }
        if (segments.Length > 0 && segments[0] == ".." && segments.Length >= 2 && segments[1] == "..")
            return "the link leaves the case library; link to another case as ../case-id/";
        return null;
    }

    /// <summary>A Windows-style relative path written with '/': ".\diagram.png" → "diagram.png", "..\case\" → "../case/".</summary>
    public static string Slashed(string address)
    {
        var slashed = address.Trim().Replace('\\', '/');
        return slashed.StartsWith("./", StringComparison.Ordinal) ? slashed[2..] : slashed;
    }
}
