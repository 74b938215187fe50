using AngleSharp.Html.Parser;

namespace CaseLibrary.Writing;

/// <summary>
/// The page as Chromium should print it from the staging folder: root-relative stylesheet and image addresses
/// become file:// addresses inside the staging folder (they would otherwise resolve to the file system's root),
/// links become absolute site URLs (a PDF leaves the site), and scripts and the CSP meta tag (which a file://
/// origin does not match as 'self') are dropped. Pure: text in, text out.
/// </summary>
public static class PrintSource
{
    public static string For(string markup, string basePath, string baseUrl, string stagingRoot)
    {
        var document = new HtmlParser().ParseDocument(markup);
        foreach (var script in document.QuerySelectorAll("script:not([type='application/ld+json']), meta[http-equiv]").ToList()) script.Remove();
        var fileRoot = new Uri(Path.TrimEndingDirectorySeparator(stagingRoot) + Path.DirectorySeparatorChar).AbsoluteUri;
        foreach (var (selector, attribute) in new[] { ("link[href]", "href"), ("img[src]", "src"), ("source[src]", "src") })
            foreach (var element in document.QuerySelectorAll(selector))
                if (element.GetAttribute(attribute) is { } address && address.StartsWith(basePath, StringComparison.Ordinal) && !address.StartsWith("//", StringComparison.Ordinal))
                    element.SetAttribute(attribute, fileRoot + address[basePath.Length..]);
        foreach (var link in document.QuerySelectorAll("a[href]"))
            if (link.GetAttribute("href") is { } href && href.StartsWith(basePath, StringComparison.Ordinal) && !href.StartsWith("//", StringComparison.Ordinal))
                link.SetAttribute("href", baseUrl + href[basePath.Length..]);
        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml;
    }
}
