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
        foreach (var (language, file) in files)
        {
            var table = new Dictionary<string, string>(StringComparer.Ordinal);
            if (YamlDocumentReader.ReadMapping(file.Text, file.Path, 0, "UI strings must be a mapping", diagnostics) is { } mapping)
                Flatten("", mapping, table, diagnostics);
            byLanguage[language] = table;
        }
        return new UiStrings(byLanguage, defaultLanguage);
    }

    private static void Flatten(string prefix, YamlMapping mapping, Dictionary<string, string> table, DiagnosticBag diagnostics)
    {
        foreach (var entry in mapping.Entries)
        {
            var key = prefix + entry.Key.Value;
            switch (entry.Value)
            {
                case YamlScalar scalar: table[key] = scalar.Value; break;
                case YamlMapping nested: Flatten(key + ".", nested, table, diagnostics); break;
                case YamlSequence sequence:
                    for (var i = 0; i < sequence.Items.Count; i++)
                    {
                        if (sequence.Items[i] is YamlScalar item) table[$"{key}.{i + 1}"] = item.Value;
                        else diagnostics.Error("CL0104", $"'{key}' items must be text", sequence.Items[i].Location);
                    }
                    break;
            }
        }
    }
}
