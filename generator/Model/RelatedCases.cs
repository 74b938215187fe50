using System.Collections.Concurrent;
using System.Numerics;

namespace CaseLibrary.Model;

/// <summary>
/// The cases to offer at the end of a case: those sharing at least one competence with it, the most shared first,
/// then in the library's order (newest first, then id), so the choice is the same on every build.
/// The ranking depends only on the case's set of competences, so it is computed once per distinct set (a scan of the
/// library each) and shared by every case with that set: a few hundred scans at most for a framework of a dozen
/// competences, where a scan per case version made render quadratic in the number of cases (16,000 cases: ~8 minutes
/// of CPU). Each case's competences are a bit set, made once, so a scan counts shared competences with an AND and a
/// population count instead of enumerating every case's competence ids (4,000 cases: 4% of the build's CPU).
/// </summary>
public sealed class RelatedCases
{
    public const int Count = 3;

    private readonly IReadOnlyList<CaseStudy> _cases;
    private readonly Dictionary<string, int> _bit = new(StringComparer.Ordinal);
    private readonly ulong[][] _sets;
    private readonly ConcurrentDictionary<string, IReadOnlyList<CaseStudy>> _bySet = new(StringComparer.Ordinal);

    public RelatedCases(IReadOnlyList<CaseStudy> cases)
    {
        _cases = cases;
        foreach (var study in cases)
            foreach (var id in study.CompetenceIds)
                _bit.TryAdd(id, _bit.Count);
        var words = (_bit.Count + 63) / 64;
        _sets = new ulong[cases.Count][];
        for (var i = 0; i < cases.Count; i++) _sets[i] = SetOf(cases[i], words);
    }

    public IReadOnlyList<CaseStudy> For(CaseStudy study)
    {
        var competences = study.CompetenceIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (competences.Count == 0) return [];
        // One more than shown, so that the case itself can be left out of its own ranking.
        var ranked = _bySet.GetOrAdd(string.Join('\n', competences), _ => Rank(SetOf(study, _sets.Length == 0 ? 0 : _sets[0].Length), Count + 1));
        return ranked.Where(other => !ReferenceEquals(other, study) && other.Id != study.Id).Take(Count).ToList();
    }

    private ulong[] SetOf(CaseStudy study, int words)
    {
        var set = new ulong[words];
        foreach (var id in study.CompetenceIds)
            if (_bit.TryGetValue(id, out var bit)) set[bit >> 6] |= 1UL << (bit & 63);
        return set;
    }

    private IReadOnlyList<CaseStudy> Rank(ulong[] competences, int take)
    {
        // The first `take` by (shared desc, library order asc), kept in a small sorted buffer during one scan.
        var best = new List<(int Shared, int Index)>(take + 1);
        for (var index = 0; index < _sets.Length; index++)
        {
            var other = _sets[index];
            var shared = 0;
            for (var w = 0; w < other.Length; w++) shared += BitOperations.PopCount(other[w] & competences[w]);
            if (shared == 0 || (best.Count == take && shared <= best[^1].Shared)) continue;
            var at = best.FindIndex(b => b.Shared < shared);
            best.Insert(at < 0 ? best.Count : at, (shared, index));
            if (best.Count > take) best.RemoveAt(best.Count - 1);
        }
        return best.Select(b => _cases[b.Index]).ToList();
    }
}
