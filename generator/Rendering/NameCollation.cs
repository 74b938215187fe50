namespace CaseLibrary.Rendering;

/// <summary>
/// Sorts names (countries, languages) as a reader of the page's language expects, the same on every machine: the
/// generator runs without ICU (invariant globalization), so the rules are here. Letters compare without case and
/// accents (é with e, ß as ss), except the letters a language sorts after z (Finnish å, ä, ö); ties fall back to
/// ordinal order, so the result is total and deterministic.
/// </summary>
public sealed class NameCollation : IComparer<string>
{
    private readonly string _lettersAfterZ;

    private NameCollation(string lettersAfterZ) => _lettersAfterZ = lettersAfterZ;

    public static NameCollation For(string language) => new(language switch
    {
        "fi" or "sv" => "åäö",
        "da" or "no" or "nb" or "nn" => "æøå",
        _ => "",
    });

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var primary = string.CompareOrdinal(Key(x), Key(y));
        return primary != 0 ? primary : string.CompareOrdinal(x, y);
    }

    /// <summary>The primary sort key: lower case, accents folded, a language's own letters placed after z.</summary>
    public string Key(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            var own = _lettersAfterZ.IndexOf(c, StringComparison.Ordinal);
            if (own >= 0) builder.Append((char)('z' + 1 + own)); // '{', '|', '}': after z in ordinal order
            else builder.Append(Search.AccentFolding.Fold(c.ToString()));
        }
        return builder.ToString();
    }
}
