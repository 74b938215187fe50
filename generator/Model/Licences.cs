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
}
