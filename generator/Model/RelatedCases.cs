namespace CaseLibrary.Model;

/// <summary>
/// The cases to offer at the end of a case: those sharing at least one competence with it, the most shared first,
/// then in the library's order (newest first, then id), so the choice is the same on every build.
/// </summary>
public static class RelatedCases
{
    public const int Count = 3;

    public static IReadOnlyList<CaseStudy> For(LibraryModel model, CaseStudy study)
    {
        var competences = study.CompetenceIds.ToHashSet(StringComparer.Ordinal);
        if (competences.Count == 0) return [];
        return model.Cases
            .Select((other, index) => (other, index, shared: other.CompetenceIds.Count(competences.Contains)))
            .Where(c => c.shared > 0 && !ReferenceEquals(c.other, study) && c.other.Id != study.Id)
            .OrderByDescending(c => c.shared).ThenBy(c => c.index)
            .Take(Count)
            .Select(c => c.other)
            .ToList();
    }
}
