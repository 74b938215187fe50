namespace CaseLibrary.Diagnostics.Catalogue;

/// <summary>
/// Every diagnostic code the generator reports, each with one entry (<c>caselib explain CODE</c>). A test checks it
/// against the codes in the generator's source: no code without an entry, no entry for a code never reported.
/// </summary>
public static class DiagnosticCatalogue
{
    /// <summary>Every entry, ordered by code (CL before YAML, then by number).</summary>
    public static readonly IReadOnlyList<CatalogueEntry> All =
        [.. FileEntries.All.Concat(ContentEntries.All).Concat(YamlEntries.All).Concat(BuildEntries.All).OrderBy(e => e.Code, StringComparer.Ordinal)];

    private static readonly Dictionary<string, CatalogueEntry> ByCode = All.ToDictionary(e => e.Code, StringComparer.Ordinal);

    /// <summary>The entry of <paramref name="code"/> (any letter case, e.g. cl0132), or null when there is none.</summary>
    public static CatalogueEntry? Find(string code) => ByCode.GetValueOrDefault(code.Trim().ToUpperInvariant());

    /// <summary>The stage that reports <paramref name="code"/>; codes not in the catalogue count as the last stage.</summary>
    public static DiagnosticStage StageOf(string code) => ByCode.TryGetValue(code, out var entry) ? entry.Stage : DiagnosticStage.Write;
}
