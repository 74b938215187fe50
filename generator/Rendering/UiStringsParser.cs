using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Yaml;

namespace CaseLibrary.Rendering;

/// <summary>Parses <c>theme/i18n/&lt;lang&gt;.yaml</c>: nested mappings of text, flattened to dotted keys.</summary>
public static class UiStringsParser
{
    public static UiStrings Parse(IReadOnlyDictionary<string, SourceFile> files, string defaultLanguage, DiagnosticBag diagnostics)
    {
        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var positions = new Dictionary<string, IReadOnlyDictionary<string, YamlScalar>>(StringComparer.Ordinal);
        foreach (var (language, file) in files)
        {
            var scalars = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
            if (YamlDocumentReader.ReadMapping(file.Text, file.Path, 0, "UI strings must be a mapping", diagnostics) is { } mapping)
                Flatten("", mapping, scalars, diagnostics);
            byLanguage[language] = scalars.ToDictionary(e => e.Key, e => e.Value.Value, StringComparer.Ordinal);
            positions[language] = scalars;
        }
        var strings = new UiStrings(byLanguage, defaultLanguage);
        diagnostics.AddRange(UiStringPlaceholders.Problems(positions, defaultLanguage));
        return strings;
    }

    private static void Flatten(string prefix, YamlMapping mapping, Dictionary<string, YamlScalar> table, DiagnosticBag diagnostics)
    {
        foreach (var entry in mapping.Entries)
        {
            var key = prefix + entry.Key.Value;
            switch (entry.Value)
            {
                case YamlScalar scalar: table[key] = scalar; break;
                case YamlMapping nested: Flatten(key + ".", nested, table, diagnostics); break;
                case YamlSequence sequence:
                    for (var i = 0; i < sequence.Items.Count; i++)
                    {
                        if (sequence.Items[i] is YamlScalar item) table[$"{key}.{i + 1}"] = item;
                        else diagnostics.Error("CL0104", $"'{key}' items must be text", sequence.Items[i].Location);
                    }
                    break;
            }
        }
    }
}
