using System.Collections.Concurrent;

namespace CaseLibrary.Model;

/// <summary>
/// The cases to offer at the end of a case: those sharing at least one competence with it, the most shared first,
/// then in the library's order (newest first, then id), so the choice is the same on every build.
/// The ranking depends only on the case's set of competences, so it is computed once per distinct set (a scan of the
/// library each) and shared by every case with that set: a few hundred scans at most for a framework of a dozen
/// competences, where a scan per case version made render quadratic in the number of cases (16,000 cases: ~8 minutes
/// of CPU).
/// </summary>
public sealed class RelatedCases(IReadOnlyList<CaseStudy> cases)
{
    public const int Count = 3;

    private readonly ConcurrentDictionary<string, IReadOnlyList<CaseStudy>> _bySet = new(StringComparer.Ordinal);

    public IReadOnlyList<CaseStudy> For(CaseStudy study)
    {
        var competences = study.CompetenceIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (competences.Count == 0) return [];
        // One more than shown, so that the case itself can be left out of its own ranking.
        var ranked = _bySet.GetOrAdd(string.Join('\n', competences), _ => Rank(competences.ToHashSet(StringComparer.Ordinal), Count + 1));
        return ranked.Where(other => !ReferenceEquals(other, study) && other.Id != study.Id).Take(Count).ToList();
    }

    private IReadOnlyList<CaseStudy> Rank(HashSet<string> competences, int take)
    {
        // The first `take` by (shared desc, library order asc), kept in a small sorted buffer during one scan.
        var best = new List<(int Shared, int Index)>(take + 1);
        for (var index = 0; index < cases.Count; index++)
        {
            var shared = 0;
            foreach (var id in cases[index].CompetenceIds)
                if (competences.Contains(id)) shared++;
            if (shared == 0 || (best.Count == take && shared <= best[^1].Shared)) continue;
            var at = best.FindIndex(b => b.Shared < shared);
            best.Insert(at < 0 ? best.Count : at, (shared, index));
            if (best.Count > take) best.RemoveAt(best.Count - 1);
        }
        return best.Select(b => cases[b.Index]).ToList();
    }
}
