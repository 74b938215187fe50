using System.Net;
using CaseLibrary.Content;
using CaseLibrary.Diagnostics;
using CaseLibrary.Markdown;

namespace CaseLibrary.Model;

/// <summary>
/// Puts the real address in place of every case link's marker (<see cref="CaseLink"/>): the linked case in the page's
/// language, else the version the link names (when the #heading is only there), else the original. A link to no case
/// (CL0520), to a case that is only a draft (CL0521) or written without <c>../</c> (CL0522) says what to write instead.
/// </summary>
public static class CaseLinkResolver
{
    /// <param name="folders">Every case folder's id; <paramref name="drafts"/>: those whose versions are all drafts.</param>
    public static List<CaseStudy> Resolve(IReadOnlyList<CaseStudy> cases, IReadOnlyCollection<string> folders, IReadOnlySet<string> drafts, DiagnosticBag diagnostics)
    {
        var context = new Context(cases.ToDictionary(c => c.Id, StringComparer.Ordinal), folders, drafts, diagnostics);
        return cases.Select(study =>
        {
            var versions = study.Versions.Select(v => v with { Body = Resolved(v.Body, study, v.Language, false, v.Draft, context) }).ToList();
            return study with
            {
                Versions = versions,
                Original = versions.First(v => v.SourcePath == study.Original.SourcePath),
                Notes = study.Notes.Select(n => n with { Body = Resolved(n.Body, study, n.Language, true, study.In(n.Language)?.Draft == true, context) }).ToList(),
            };
        }).ToList();
    }

    private sealed record Context(Dictionary<string, CaseStudy> Cases, IReadOnlyCollection<string> Folders, IReadOnlySet<string> Drafts, DiagnosticBag Diagnostics);

    private static MarkdownBody Resolved(MarkdownBody body, CaseStudy self, string language, bool notes, bool fromDraft, Context context)
    {
        if (body.CaseLinks.Count == 0) return body;
        var html = body.Html;
        var positions = body.Links.ToList();
        foreach (var link in body.CaseLinks)
        {
            // An unresolved link keeps its marker (reported here; the link check ignores its scheme; the run fails).
            if (Address(link, self, language, notes, fromDraft, context) is not { } href) continue;
            html = html.Replace($"href=\"{link.Marker}\"", $"href=\"{WebUtility.HtmlEncode(href)}\"", StringComparison.Ordinal);
            positions.Add(new LinkPosition(href, link.Location, link.FragmentLocation ?? link.Location));
        }
        return body with { Html = html, Links = positions };
    }

    private static string? Address(CaseLink link, CaseStudy self, string language, bool notes, bool fromDraft, Context context)
    {
        var id = link.TargetId.Length == 0 ? self.Id : link.TargetId;
        var diagnostics = context.Diagnostics;
        var found = context.Cases.TryGetValue(id, out var target);
        if (context.Drafts.Contains(id) && !fromDraft)
        {
            diagnostics.Error("CL0521", $"the case '{id}' is still a draft, so it is not published and this link would lead nowhere: link to it once it is published (when 'draft: true' is removed from it)", link.Location);
            return null;
        }
        if (!found)
        {
            // A folder whose versions all failed to parse has its own errors; a folder that does not exist gets a hint.
            var others = context.Folders.Where(f => f != self.Id).ToList();
            if (!context.Folders.Contains(id))
                diagnostics.Error("CL0520", $"there is no case '{id}'{Suggestions.Hint(id, others)}: to link to another case, write ../case-id/ with the name of its folder under cases/, for example ../{Suggestions.Closest(id, others) ?? "case-id"}/", link.Location);
            return null;
        }
        if (link.Bare)
        {
            diagnostics.Error("CL0522", $"a link to another case starts with ../ (the case's folder is beside this one): write ../{id}/ (it works on GitHub and on the site)", link.Location);
            return null;
        }
        var lang = Language(link, target!, language, same: id == self.Id);
        var up = notes ? "../" : "";
        var fragment = link.Fragment.Length > 0 ? "#" + link.Fragment : "";
        return lang == language
            ? $"{up}../{id}/{fragment}"
            : $"{up}../../../{lang}/cases/{id}/{fragment}";
    }

    /// <summary>The page's language when the case has it (unless the named version alone has the #heading), else the named version, else the original.</summary>
    private static string Language(CaseLink link, CaseStudy target, string pageLanguage, bool same)
    {
        var named = link.Language is { } l ? target.In(l) : null;
        if (same) return link.Language is null ? pageLanguage : (named ?? target.Original).Language;
        var own = target.In(pageLanguage);
        if (own is not null && !(named is not null && link.Fragment.Length > 0 && HasHeading(named, link.Fragment) && !HasHeading(own, link.Fragment)))
            return own.Language;
        return (named ?? target.Original).Language;
    }

    private static bool HasHeading(CaseDocument version, string id) => version.Body.Headings.Any(h => h.Id == id);
}
