using CaseLibrary.Diagnostics;
using CaseLibrary.Markdown;

namespace CaseLibrary.Checking;

/// <summary>
/// Where each source file writes each address, as recorded by the parsers (<see cref="LinkPosition"/>: a case body's
/// links, images and references from Markdig, a template's literal href and src values from <see cref="TemplateLinks"/>)
/// and carried forward to the check, which reports a broken address of a page at the place its source writes it.
/// An address written more than once in a file is found at its first place.
/// </summary>
public sealed class LinkSources
{
    private readonly Dictionary<string, Dictionary<string, LinkPosition>> _bySource = new(StringComparer.Ordinal);

    public void Add(string sourcePath, IEnumerable<LinkPosition> links)
    {
        if (!_bySource.TryGetValue(sourcePath, out var byHref)) _bySource[sourcePath] = byHref = new Dictionary<string, LinkPosition>(StringComparer.Ordinal);
        foreach (var link in links)
            if (!byHref.TryGetValue(link.Href, out var known) || Before(link.Address, known.Address)) byHref[link.Href] = link;
    }

    /// <summary>Where <paramref name="sourcePath"/> writes <paramref name="href"/>; null when it does not write it literally (a template expression makes it).</summary>
    public LinkPosition? Find(string sourcePath, string href) =>
        _bySource.TryGetValue(sourcePath, out var byHref) && byHref.TryGetValue(href, out var link) ? link : null;

    private static bool Before(SourceLocation a, SourceLocation b) => a.Line < b.Line || (a.Line == b.Line && a.Column < b.Column);
}
