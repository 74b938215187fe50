using CaseLibrary.Diagnostics;
using CaseLibrary.Diagnostics.Catalogue;

namespace CaseLibrary.Cli;

/// <summary>
/// The order of GitHub annotations. GitHub shows only about ten per step, so the first ten must be the most useful:
/// errors before warnings; within each, the first diagnostic of every distinct problem (code) before repeats of one,
/// and an earlier stage's problem (a data file that cannot be read) before a later one's (the references it breaks).
/// Ties keep the sorted order (file, line, column).
/// </summary>
public static class AnnotationOrder
{
    public static IReadOnlyList<Diagnostic> Rank(IReadOnlyList<Diagnostic> sorted)
    {
        var ranked = new List<Diagnostic>(sorted.Count);
        foreach (var severity in new[] { Severity.Error, Severity.Warning })
        {
            var group = sorted.Where(d => d.Severity == severity)
                .Select((d, index) => (Diagnostic: d, Index: index, Stage: DiagnosticCatalogue.StageOf(d.Code)))
                .ToList();
            var firsts = group.GroupBy(d => d.Diagnostic.Code, StringComparer.Ordinal).Select(g => g.First()).ToList();
            var firstSet = firsts.Select(d => d.Index).ToHashSet();
            ranked.AddRange(firsts.OrderBy(d => d.Stage).ThenBy(d => d.Index).Select(d => d.Diagnostic));
            ranked.AddRange(group.Where(d => !firstSet.Contains(d.Index)).OrderBy(d => d.Stage).ThenBy(d => d.Index).Select(d => d.Diagnostic));
        }
        return ranked;
    }
}
