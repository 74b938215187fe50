using CaseLibrary.Content;
using CaseLibrary.Diagnostics;

namespace CaseLibrary.Model;

/// <summary>
/// Checks across the versions of one case and across cases that parse fine one file at a time but would be published
/// wrong: a translation with no original (CL0171), a translation left untranslated (CL0178), a case folder copied
/// under a second name (CL0174).
/// </summary>
public static class VersionChecks
{
    /// <param name="all">Every parsed version of the folder, drafts included (a draft original is still the original).</param>
    public static void Original(ParsedCase folder, CaseDocument original, IReadOnlyList<CaseDocument> all, DiagnosticBag diagnostics)
    {
        // A version that failed to parse (its error is reported) may be the original: no second message about it.
        if (original.IsTranslation && all.All(d => d.IsTranslation) && all.Count == folder.VersionLanguages.Count)
        {
            // CL0171: the credit line "translated from … by …" and the JSON-LD need an original; without one the page claims to translate itself.
            var others = all.Count == 1 ? "there is no other version of the case"
                : $"every version of the case ({string.Join(", ", all.Select(d => d.Language + ".md"))}) has 'translators'";
            diagnostics.Warning("CL0171", $"this version names translators, but {others}, so there is no original to translate from: remove 'translators' from the version written first (the original), or add the original beside it", original.Translators[0].Location);
        }
        foreach (var version in all.Where(v => v.IsTranslation && !v.Draft && !ReferenceEquals(v, original) && !original.IsTranslation))
        {
            // CL0178: a scaffolded translation keeps the original's text until someone translates it.
            if (version.Language != original.Language && version.Title == original.Title && version.Summary == original.Summary)
                diagnostics.Warning("CL0178", $"the title and summary are the same as the original's ({original.Language}.md), so this version looks untranslated: translate the title, summary and text into '{version.Language}'", version.TitleLocation ?? SourceLocation.StartOf(version.SourcePath));
        }
    }

    /// <summary>CL0174: two case folders with a version of the same title in the same language: a folder copied and not changed.</summary>
    public static void Copies(IReadOnlyList<CaseStudy> cases, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<(string Language, string Title), string>();
        foreach (var study in cases.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            foreach (var version in study.Versions)
            {
                var key = (version.Language, Normalise(version.Title));
                if (!first.TryGetValue(key, out var earlier)) { first[key] = study.Id; continue; }
                if (earlier == study.Id) continue;
                diagnostics.Warning("CL0174", $"case '{study.Id}' has the same title in '{version.Language}' as case '{earlier}', so the library would list two cases with one name: if you copied '{earlier}' to start a new case, give this one its own title and text; if the folder is a copy by mistake, delete it", version.TitleLocation ?? SourceLocation.StartOf(version.SourcePath));
            }
        }
    }

    private static string Normalise(string title) => string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
