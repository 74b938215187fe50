using AngleSharp.Html.Parser;

namespace CaseLibrary.Writing;

/// <summary>
/// The page as Chromium should print it from the <see cref="PrintServer"/>: the same page under its own
/// Content-Security-Policy (stylesheets and images load from the print server, which serves the staging folder at
/// the site's base path), with links made absolute site URLs (a PDF leaves the site) and marked
/// <c>data-site-link</c> (the print stylesheet does not spell out the site's own addresses on paper), scripts dropped
/// (a printed page runs none), the title set to the PDF's title, and a stylesheet that puts that title in the running
/// header of every page but the first. Pure: text in, text out.
/// </summary>
public static class PrintSource
{
    /// <param name="pagePath">The page's path in the site ('/' separated, e.g. <c>en/cases/one/index.html</c>): relative links resolve against its public address, not the print server's.</param>
    public static string For(string markup, string baseUrl, string basePath, string pagePath, string title, string runningHeadHref)
    {
        var document = new HtmlParser().ParseDocument(markup);
        foreach (var script in document.QuerySelectorAll("script:not([type='application/ld+json'])").ToList()) script.Remove();
        var pageUrl = new Uri(new Uri(baseUrl), pagePath);
        foreach (var link in document.QuerySelectorAll("a[href]"))
        {
            if (link.GetAttribute("href") is not { } href || href.StartsWith('#') || href.StartsWith("//", StringComparison.Ordinal)) continue;
            if (href.StartsWith(basePath, StringComparison.Ordinal)) link.SetAttribute("href", baseUrl + href[basePath.Length..]);
            else if (!Uri.TryCreate(href, UriKind.Absolute, out _) && Uri.TryCreate(pageUrl, href, out var resolved)) link.SetAttribute("href", resolved.AbsoluteUri);
            else continue;
            link.SetAttribute("data-site-link", "");
        }
        if (document.Head is { } head)
        {
            if (document.QuerySelector("title") is { } element) element.TextContent = title;
            var sheet = document.CreateElement("link");
            sheet.SetAttribute("rel", "stylesheet");
            sheet.SetAttribute("href", runningHeadHref);
            head.AppendChild(sheet);
        }
        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml;
    }

    /// <summary>The running header: the title at the top of every page after the first (which shows it as its heading).</summary>
    public static string RunningHead(string title) =>
        "@page { @top-center { content: " + CssString(title) + "; } }\n@page :first { @top-center { content: none; } }\n";

    private static string CssString(string value)
    {
        var text = new System.Text.StringBuilder("\"");
        foreach (var c in value)
        {
            if (c is '"' or '\\') text.Append('\\').Append(c);
            else if (char.IsControl(c)) text.Append(' ');
            else text.Append(c);
        }
        return text.Append('"').ToString();
    }
}
