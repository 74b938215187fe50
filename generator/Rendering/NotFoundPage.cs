using System.Text;
using CaseLibrary.Diagnostics;

namespace CaseLibrary.Rendering;

/// <summary>
/// The 404 page. Hosts serve one <c>/404.html</c> for every missing address, so it is one file for every language:
/// rendered in the default language, it carries each other language's own render of what stands before and after its
/// <c>&lt;main&gt;</c> (skip link, header with menu and search box, footer) and its title, in <c>&lt;template&gt;</c>
/// elements in the head. The theme's site.js shows the visitor's language (the address's, else the browser's) and puts
/// that language's in place, so the whole page speaks it, its menu links included. Without JavaScript the page is the
/// default language's, as before.
/// </summary>
public sealed class NotFoundPage
{
    private readonly PageRenderer _renderer;
    private readonly IReadOnlyDictionary<string, object?> _data;
    private readonly string _templateSource;
    private readonly DiagnosticBag _diagnostics;

    public NotFoundPage(PageRenderer renderer, IReadOnlyDictionary<string, object?> data, string templateSource, DiagnosticBag diagnostics)
    {
        _renderer = renderer;
        _data = data;
        _templateSource = templateSource;
        _diagnostics = diagnostics;
    }

    /// <param name="defaults">The default language's views (the page's own language).</param>
    /// <param name="others">The other languages' views, in the site's order.</param>
    public OutputFile? Render(ViewFactory defaults, IEnumerable<ViewFactory> others)
    {
        var page = RenderIn(defaults);
        if (page?.Markup is not { } html) return page;
        var chrome = new StringBuilder();
        foreach (var views in others)
            if (RenderIn(views)?.Markup is { } own && Parts(own) is { } parts)
            {
                var title = parts.Title.Replace("\"", "&quot;", StringComparison.Ordinal); // text already escaped; only its quotes would end the attribute
                chrome.Append("<template data-chrome-lang=\"").Append(views.Lang).Append("\" data-chrome=\"before\" data-title=\"").Append(title).Append("\">")
                    .Append(parts.Before).Append("</template>\n")
                    .Append("<template data-chrome-lang=\"").Append(views.Lang).Append("\" data-chrome=\"after\">").Append(parts.After).Append("</template>\n");
            }
        var headEnd = html.IndexOf("</head>", StringComparison.Ordinal);
        if (chrome.Length == 0 || headEnd < 0) return page;
        return page with { Bytes = Encoding.UTF8.GetBytes(html.Insert(headEnd, chrome.ToString())) };
    }

    private OutputFile? RenderIn(ViewFactory views) =>
        _renderer.Render(views, "404", "404.html",
            _renderer.Head("404", views.Lang, views.T("not_found.title"), views.T("not_found.text"), _ => null, noIndex: true),
            _data, _templateSource, _diagnostics);

    /// <summary>A render's title and what stands between &lt;body&gt; and &lt;main&gt;, and between &lt;/main&gt; and &lt;/body&gt;; null when the layout has not these.</summary>
    private static (string Title, string Before, string After)? Parts(string html)
    {
        var titleStart = html.IndexOf("<title>", StringComparison.Ordinal);
        var titleEnd = titleStart < 0 ? -1 : html.IndexOf("</title>", titleStart, StringComparison.Ordinal);
        var body = html.IndexOf("<body", StringComparison.Ordinal);
        var bodyEnd = body < 0 ? -1 : html.IndexOf('>', body);
        var main = bodyEnd < 0 ? -1 : html.IndexOf("<main", bodyEnd, StringComparison.Ordinal);
        var mainEnd = main < 0 ? -1 : html.IndexOf("</main>", main, StringComparison.Ordinal);
        var close = mainEnd < 0 ? -1 : html.IndexOf("</body>", mainEnd, StringComparison.Ordinal);
        if (titleEnd < 0 || close < 0) return null;
        var after = html[(mainEnd + "</main>".Length)..close];
        // The scripts that end the page (site.js on the 404 page) stay where they are.
        while (after.TrimEnd().EndsWith("</script>", StringComparison.Ordinal) && after.LastIndexOf("<script", StringComparison.Ordinal) is var script and >= 0)
            after = after[..script];
        return (html[(titleStart + "<title>".Length)..titleEnd], html[(bodyEnd + 1)..main], after);
    }
}
