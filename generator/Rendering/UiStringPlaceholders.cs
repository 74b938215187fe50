using CaseLibrary.Diagnostics;
using CaseLibrary.Yaml;

namespace CaseLibrary.Rendering;

/// <summary>
/// The placeholders of the UI strings (<c>{0}</c>, <c>{month}</c>): the generator and the search scripts replace only
/// the ones the default language's string has, so a brace left open and a placeholder that string lacks would be shown
/// to readers as written. Both are CL0503 at the string in its i18n file.
/// </summary>
public static class UiStringPlaceholders
{
    public static IEnumerable<Diagnostic> Problems(IReadOnlyDictionary<string, IReadOnlyDictionary<string, YamlScalar>> byLanguage, string defaultLanguage)
    {
        byLanguage.TryGetValue(defaultLanguage, out var reference);
        foreach (var (language, table) in byLanguage.OrderBy(l => l.Key, StringComparer.Ordinal))
            foreach (var (key, scalar) in table.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                var (names, unbalanced) = Read(scalar.Value);
                if (unbalanced is { } at)
                {
                    yield return Diagnostic.Error("CL0503", $"UI string '{key}' has a '{scalar.Value[at]}' that is not part of a placeholder such as {{0}}; readers would see it as written. Close the placeholder, or remove the brace",
                        At(scalar, at));
                    continue;
                }
                if (language == defaultLanguage || reference?.GetValueOrDefault(key) is not { } original) continue;
                var known = Read(original.Value).Names.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
                foreach (var (name, index) in names)
                    if (!known.Contains(name))
                        yield return Diagnostic.Error("CL0503", $"UI string '{key}' has the placeholder {{{name}}}, which the {defaultLanguage} string does not have, so it would be shown to readers as written; "
                            + (known.Count == 0 ? "that string has no placeholder: remove it" : $"use {string.Join(", ", known.Order(StringComparer.Ordinal).Select(k => "{" + k + "}"))}"), At(scalar, index));
            }
    }

    /// <summary>The placeholders of <paramref name="text"/> with their indexes, or the index of the first brace that opens or closes none.</summary>
    private static (List<(string Name, int Index)> Names, int? Unbalanced) Read(string text)
    {
        var names = new List<(string, int)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '}') return (names, i);
            if (text[i] != '{') continue;
            var end = text.IndexOfAny(['{', '}'], i + 1);
            if (end < 0 || text[end] == '{') return (names, i);
            names.Add((text[(i + 1)..end], i));
            i = end;
        }
        return (names, null);
    }

    /// <summary>The position of character <paramref name="index"/> of a one-line value (after its opening quote); the value's start otherwise.</summary>
    private static SourceLocation At(YamlScalar scalar, int index) =>
        scalar.Value.Contains('\n') ? scalar.Location : scalar.Location with { Column = scalar.Location.Column + index + (scalar.IsPlain ? 0 : 1) };
}
