using CaseLibrary.Model;

namespace CaseLibrary.Rendering;

/// <summary>
/// The cases a language's feeds carry: the <see cref="Limit"/> most recently published or updated cases written in that
/// language, in the library's order. A feed reader polls for what is new; the whole library is on the site's list pages.
/// </summary>
public static class FeedEntries
{
    public const int Limit = 50;

    public static IReadOnlyList<CaseStudy> Of(LibraryModel model, string lang)
    {
        var cases = model.CasesIn(lang).ToList();
        if (cases.Count <= Limit) return cases;
        var latest = cases.OrderByDescending(c => c.In(lang)!.Updated ?? c.Date).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(Limit).ToHashSet();
        return cases.Where(latest.Contains).ToList();
    }
}
