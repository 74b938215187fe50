using CaseLibrary.Diagnostics;

namespace CaseLibrary.Rendering;

/// <summary>
/// The theme's UI strings, per language, flattened to dotted keys (<c>nav.cases</c>, <c>countries.IE</c>).
/// A string missing in a language falls back to the default language; the missing ones are reported once.
/// </summary>
public sealed class UiStrings
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _byLanguage;
    private readonly string _defaultLanguage;

    public UiStrings(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage, string defaultLanguage)
    {
        _byLanguage = byLanguage;
        _defaultLanguage = defaultLanguage;
    }

    public string? Find(string language, string key)
    {
        if (_byLanguage.TryGetValue(language, out var table) && table.TryGetValue(key, out var text)) return text;
        if (_byLanguage.TryGetValue(_defaultLanguage, out table) && table.TryGetValue(key, out text)) return text;
        return null;
    }

    /// <summary>The keys of <paramref name="language"/>'s strings (none when it has no file).</summary>
    public IEnumerable<string> Keys(string language) => _byLanguage.TryGetValue(language, out var table) ? table.Keys : [];

    public string Get(string language, string key) => Find(language, key) ?? key;

    public string Format(string language, string key, params object[] values)
    {
        var text = Get(language, key);
        for (var i = 0; i < values.Length; i++)
            text = text.Replace("{" + i + "}", Convert.ToString(values[i], System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return text;
    }

    /// <summary>A date in the words of a language, in the pattern of <paramref name="formatKey"/> ({d}, {month}, {y}).</summary>
    public string FormatDate(string language, DateOnly date, string formatKey = "date_format") =>
        Get(language, formatKey)
            .Replace("{d}", date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month}", Get(language, "months." + date.Month), StringComparison.Ordinal)
            .Replace("{y}", date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>Keys of the default language that another site language lacks, as warnings on that language's file.</summary>
    public IEnumerable<Diagnostic> MissingStrings(IReadOnlyList<string> languages, Func<string, string> pathOf)
    {
        if (!_byLanguage.TryGetValue(_defaultLanguage, out var reference)) yield break;
        foreach (var language in languages)
        {
            if (!_byLanguage.TryGetValue(language, out var table))
            {
                yield return Diagnostic.Warning("CL0501", $"no UI strings for language '{language}': add {pathOf(language)}; the {_defaultLanguage} strings are used", SourceLocation.StartOf(pathOf(_defaultLanguage)));
                continue;
            }
            foreach (var key in reference.Keys.Order(StringComparer.Ordinal))
                if (!table.ContainsKey(key))
                    yield return Diagnostic.Warning("CL0502", $"UI string '{key}' is missing in language '{language}'; the {_defaultLanguage} text is used", SourceLocation.StartOf(pathOf(language)));
        }
    }
}
