namespace CaseLibrary.Model;

/// <summary>The SPDX licence ids accepted for cases, with their canonical URLs and short names.</summary>
public static class Licences
{
    private static readonly Dictionary<string, (string Name, string Url)> Known = new(StringComparer.Ordinal)
    {
        ["CC-BY-4.0"] = ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
        ["CC-BY-SA-4.0"] = ("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
        ["CC-BY-NC-4.0"] = ("CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
        ["CC-BY-NC-SA-4.0"] = ("CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
        ["CC-BY-ND-4.0"] = ("CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/"),
        ["CC-BY-NC-ND-4.0"] = ("CC BY-NC-ND 4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/"),
        ["CC0-1.0"] = ("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
        ["CC-BY-3.0"] = ("CC BY 3.0", "https://creativecommons.org/licenses/by/3.0/"),
        ["CC-BY-SA-3.0"] = ("CC BY-SA 3.0", "https://creativecommons.org/licenses/by-sa/3.0/"),
    };

    public static IReadOnlyCollection<string> Ids => Known.Keys;

    public static bool IsKnown(string id) => Known.ContainsKey(id);

    public static string Name(string id) => Known.TryGetValue(id, out var licence) ? licence.Name : id;

    public static string Url(string id) => Known.TryGetValue(id, out var licence) ? licence.Url : "";

    /// <summary>
    /// Why a translation (an adaptation, in the licences' terms) may not be shared under <paramref name="translation"/>
    /// when its original is under <paramref name="original"/>, or null when it may: the terms of a Creative Commons
    /// licence go with what is made of the work. NoDerivatives allows no shared translation; ShareAlike asks for a
    /// ShareAlike licence; NonCommercial stays NonCommercial. Any other licence may be given to a translation of a CC BY
    /// or CC0 case.
    /// </summary>
    public static string? TranslationConflict(string original, string translation)
    {
        static bool Has(string id, string term) => id.Contains("-" + term + "-", StringComparison.Ordinal);
        if (Has(original, "ND")) return $"the original is under {original}, which allows no translation to be shared (NoDerivatives)";
        if (Has(original, "SA") && !Has(translation, "SA")) return $"a translation of a ShareAlike case ({original}) is shared under a ShareAlike licence";
        if (Has(original, "NC") && !Has(translation, "NC")) return $"a translation of a NonCommercial case ({original}) stays NonCommercial";
        return null;
    }
}
