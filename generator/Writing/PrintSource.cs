using AngleSharp.Html.Parser;

namespace CaseLibrary.Writing;

/// <summary>
/// The page as Chromium should print it from the <see cref="PrintServer"/>: the same page under its own
/// Content-Security-Policy (stylesheets and images load from the print server, which serves the staging folder at
/// the site's base path), with links made absolute site URLs (a PDF leaves the site) and scripts dropped (a printed
/// page runs none). Pure: text in, text out.
/// </summary>
public static class PrintSource
{
    public static string For(string markup, string baseUrl, string basePath)
    {
        var document = new HtmlParser().ParseDocument(markup);
        foreach (var script in document.QuerySelectorAll("script:not([type='application/ld+json'])").ToList()) script.Remove();
        foreach (var link in document.QuerySelectorAll("a[href]"))
            if (link.GetAttribute("href") is { } href && href.StartsWith(basePath, StringComparison.Ordinal) && !href.StartsWith("//", StringComparison.Ordinal))
                link.SetAttribute("href", baseUrl + href[basePath.Length..]);
        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml;
    }
}
