using CaseLibrary.Configuration;
using CaseLibrary.Diagnostics;
using CaseLibrary.Rendering;

namespace CaseLibrary.Checking;

/// <summary>
/// The checking stage: runs after rendering over what <see cref="SiteLinks"/> kept of every page (its links and ids,
/// scanned with <see cref="PageLinks"/> as the page streamed past) and verifies that each internal link, image,
/// stylesheet and script points at a file of the site, and each #fragment at an id on the target page.
/// A broken link is reported against the source file it came from, where its address is written: the position its parser
/// recorded and the model carried forward (<see cref="LinkSources"/>); the check never reads a source's text.
/// An id given to two elements of one page is reported too: the skip link, fragments and scripts would find only the first.
/// </summary>
public sealed class LinkChecker
{
    private readonly SiteConfig _config;
    private readonly Uri _root;
    private readonly LinkSources _sources;
    private readonly IReadOnlySet<string> _incomplete;

    /// <param name="sources">Where each source writes each address, recorded by the parsers (the check never reads a source's text).</param>
    /// <param name="incomplete">
    /// Cases a version of which has its own error and was left out (a run that already failed checks what it could
    /// render): a link into them is not reported, so one mistake is not reported again on every page that links there.
    /// </param>
    public LinkChecker(SiteConfig config, LinkSources sources, IReadOnlySet<string>? incomplete = null)
    {
        _incomplete = incomplete ?? new HashSet<string>();
        _config = config;
        _root = new Uri(config.BaseUrl);
        _sources = sources;
    }

    /// <param name="site">What was recorded of every file and page as the site was rendered.</param>
    /// <param name="promised">Files the writer stage makes later (the PDFs of --pdf), which links may point at.</param>
    public void Check(SiteLinks site, DiagnosticBag diagnostics, IEnumerable<string>? promised = null)
    {
        var paths = site.Paths().Concat(promised ?? []).ToHashSet(StringComparer.Ordinal);
        var ignoringCase = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths) ignoringCase.TryAdd(path, path); // the first in the site's order, as the hint names it
        var pages = site.Pages();
        var byPath = new Dictionary<string, PageRecord>(StringComparer.Ordinal);
        foreach (var page in pages) byPath[page.Path] = page;
        ReportDuplicateIds(pages, diagnostics);

        // One diagnostic per source, address and problem: a broken link in a template is one mistake, not one per page.
        var broken = new SortedDictionary<(string Source, string Href, string Problem), List<string>>();
        var inFragment = new HashSet<(string Source, string Href, string Problem)>();
        var absoluteOnly = new HashSet<(string Source, string Href, string Problem)>();
        // Each page's links are resolved in parallel (a large library has millions); the findings are merged in page order.
        // An address that names its target whatever page it is on (/en/cases/x/, https://…) is resolved once: the same
        // card and menu links are on thousands of pages.
        var anywhere = new System.Collections.Concurrent.ConcurrentDictionary<string, (string Text, bool InFragment)?>(StringComparer.Ordinal);
        var found = pages.AsParallel().AsOrdered().Select(page =>
        {
            var pageUrl = new Uri(_config.BaseUrl + page.Path);
            var problems = new List<(string Href, (string Text, bool InFragment) Problem)>();
            foreach (var href in page.Links)
            {
                var problem = SameOnEveryPage(href)
                    ? anywhere.GetOrAdd(href, h => Problem(page.Path, pageUrl, h, paths, ignoringCase, byPath))
                    : Problem(page.Path, pageUrl, href, paths, ignoringCase, byPath);
                if (problem is { } p) problems.Add((href, p));
            }
            return (page, problems);
        }).ToList();
        foreach (var (page, problems) in found)
        {
            foreach (var (href, problem) in problems)
            {
                var key = (page.SourcePath, href, problem.Text);
                if (!broken.TryGetValue(key, out var onPages)) broken[key] = onPages = new List<string>();
                // A full address of a page the build makes, with an id the page lacks, is broken whatever the host serves.
                if (IsAbsolute(href) && !problem.InFragment) absoluteOnly.Add(key);
                if (problem.InFragment) inFragment.Add(key);
                onPages.Add(page.Path);
            }
        }
        foreach (var ((source, href, problem), onPages) in broken)
        {
            onPages.Sort(StringComparer.Ordinal);
            var where = onPages.Count == 1 ? onPages[0] : $"{onPages[0]} and {onPages.Count - 1} other page(s)";
            var at = Locate(source, href, inFragment.Contains((source, href, problem)));
            var written = _sources.Find(source, href)?.Written is { } own ? $"'{own}' (on the page '{href}')" : $"'{href}'";
            if (absoluteOnly.Contains((source, href, problem)))
            {
                // Written as a full address on the site's own host: the host may serve more than this build
                // (a report, an older page), so it is a warning; a relative link that misses is always an error.
                diagnostics.Warning("CL0602", $"link {written} on {where} is under the site's address but the build makes {Unmade(problem)}; "
                    + "if the host serves it from elsewhere this is fine, otherwise fix the address or write it as a relative link", at);
                continue;
            }
            diagnostics.Error("CL0601", $"broken link {written} on {where}: {problem}", at);
        }
    }

    /// <summary>What the build does not make, for CL0602: no such page or file (with the hint, if any), or the page only with a '/' at the end.</summary>
    private static string Unmade(string problem) =>
        problem == TrailingSlash ? "it only as a folder: add a trailing '/' to the address"
        : problem.StartsWith(NoSuchFile, StringComparison.Ordinal) ? problem : NoSuchFile;

    private const string NoSuchFile = "no such page or file";
    private const string TrailingSlash = "add a trailing '/'";

    /// <summary>One diagnostic per source and id, naming the first page (a template's mistake repeats on every page it makes).</summary>
    private static void ReportDuplicateIds(IReadOnlyList<PageRecord> pages, DiagnosticBag diagnostics)
    {
        var found = new SortedDictionary<(string Source, string Id), List<string>>();
        foreach (var page in pages)
        {
            foreach (var id in page.DuplicateIds)
            {
                if (!found.TryGetValue((page.SourcePath, id), out var onPages)) found[(page.SourcePath, id)] = onPages = new List<string>();
                onPages.Add(page.Path);
            }
        }
        foreach (var ((source, id), onPages) in found)
        {
            onPages.Sort(StringComparer.Ordinal);
            var where = onPages.Count == 1 ? onPages[0] : $"{onPages[0]} and {onPages.Count - 1} other page(s)";
            diagnostics.Error("CL0603", $"the id '{id}' is given to more than one element on {where}; links to #{id}, the skip link and "
                + "scripts find only the first. Give each element of a template its own id", SourceLocation.StartOf(source));
        }
    }

    /// <summary>An address whose target does not depend on the page it is on: a path from the site's root or a full address.</summary>
    private static bool SameOnEveryPage(string href) =>
        href.StartsWith('/') || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    private static bool IsAbsolute(string href) => Uri.TryCreate(href.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>What is wrong with a link, and whether it is its #fragment (reported at the '#') or its address.</summary>
    private (string Text, bool InFragment)? Problem(string pagePath, Uri pageUrl, string href, HashSet<string> paths,
        Dictionary<string, string> ignoringCase, Dictionary<string, PageRecord> pages)
    {
        var target = Resolve(pagePath, pageUrl, href);
        if (target is null) return null;
        if (target.Value.Path is null) return ("it points outside the site", false);
        var file = target.Value.Path;
        if (_incomplete.Count > 0 && InIncompleteCase(file)) return null;
        if (!paths.Contains(file)) return (paths.Contains(file + "/index.html") ? TrailingSlash : NoSuchFile + MissingHint(href, file, ignoringCase), false);
        var fragment = target.Value.Fragment;
        if (fragment.Length > 0 && pages.TryGetValue(file, out var targetPage) && !targetPage.HasId(fragment))
            return ($"no element with id '{fragment}' on that page{Suggestions.Hint(fragment, targetPage.Ids.Where(id => !id.StartsWith("cl-", StringComparison.Ordinal)))}", true);
        return null;
    }

    /// <summary>
    /// What a contributor most likely meant by a link to a file the site does not have: a web address written without
    /// https:// (<c>www.example.org</c>, read as a file of this site), or a file whose name differs in upper or lower case
    /// only (<c>Vaiheet.PNG</c> for <c>vaiheet.png</c>: addresses on the web are case-sensitive).
    /// </summary>
    /// <param name="ignoringCase">The site's paths by their name in any case.</param>
    private static string MissingHint(string href, string file, Dictionary<string, string> ignoringCase)
    {
        var address = href.Trim();
        if (address.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return $": a web address needs https:// in front, as in https://{address}";
        return !ignoringCase.TryGetValue(file, out var sameButCase) ? ""
            : $"; the site has '{sameButCase[(sameButCase.LastIndexOf('/') + 1)..]}': a link must write the name in the same upper and lower case";
    }

    /// <summary>Whether the file is under a case of <see cref="_incomplete"/> (<c>&lt;lang&gt;/cases/&lt;id&gt;/…</c>).</summary>
    private bool InIncompleteCase(string file)
    {
        var parts = file.Split('/', 4);
        return parts.Length >= 4 && parts[1] == "cases" && _incomplete.Contains(parts[2]);
    }

    /// <summary>Null for an external link; (null, _) for an internal-looking link outside the site; else the target file and fragment.</summary>
    private (string? Path, string Fragment)? Resolve(string pagePath, Uri pageUrl, string href)
    {
        var trimmed = href.Trim();
        if (trimmed.Length == 0) return (pagePath, "");
        if (trimmed[0] == '#') return (pagePath, Uri.UnescapeDataString(trimmed[1..]));
        if (trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return null; // the page carries it: nothing to find
        var hash = trimmed.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(trimmed[(hash + 1)..]) : "";
        var address = (hash >= 0 ? trimmed[..hash] : trimmed).Split('?')[0];

        if (!Uri.TryCreate(pageUrl, address, out var absolute)) return (null, "");
        if (absolute.Scheme is not ("http" or "https")) return null;
        if (absolute.Host != _root.Host || absolute.Port != _root.Port) return null;
        var path = Uri.UnescapeDataString(absolute.AbsolutePath);
        if (!path.StartsWith(_root.AbsolutePath, StringComparison.Ordinal)) return (null, fragment);
        var relative = path[_root.AbsolutePath.Length..];
        return (SiteUrls.FileOf(relative), fragment);
    }

    /// <summary>Where the page's source writes the address (at its '#' for a missing fragment), as the parser recorded it; else the source's start.</summary>
    private SourceLocation Locate(string sourcePath, string href, bool inFragment) =>
        _sources.Find(sourcePath, href) is { } link ? (inFragment ? link.Fragment : link.Address) : SourceLocation.StartOf(sourcePath);
}
