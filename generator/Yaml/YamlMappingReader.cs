using System.Globalization;
using CaseLibrary.Configuration;
using CaseLibrary.Diagnostics;

namespace CaseLibrary.Yaml;

/// <summary>
/// Reads typed values out of a YAML mapping with a fixed set of keys. Every mistake (unknown key, missing key,
/// wrong type, bad date) becomes a diagnostic at the exact position of the offending node.
/// </summary>
public sealed class YamlMappingReader
{
    private readonly YamlMapping _mapping;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _what;
    private readonly HashSet<string> _misspelled = new(StringComparer.Ordinal);

    public YamlMappingReader(YamlMapping mapping, IReadOnlyCollection<string> knownKeys, string what, DiagnosticBag diagnostics)
    {
        _mapping = mapping;
        _diagnostics = diagnostics;
        _what = what;
        foreach (var entry in mapping.Entries)
        {
            if (knownKeys.Contains(entry.Key.Value)) continue;
            diagnostics.Error("CL0101", $"unknown key '{entry.Key.Value}' in {what}{Suggestions.Hint(entry.Key.Value, knownKeys)}", entry.Key.Location);
            // 'titel:' is reported once, as the misspelling; the 'title' it stands for is not also reported missing.
            if (Suggestions.Closest(entry.Key.Value, knownKeys) is { } meant) _misspelled.Add(meant);
        }
    }

    public SourceLocation Location => _mapping.Location;

    /// <summary>Whether the key is written (with a value or none).</summary>
    public bool Has(string key) => _mapping.Entries.Any(e => e.Key.Value == key);

    public SourceLocation LocationOf(string key) =>
        _mapping.Entries.FirstOrDefault(e => e.Key.Value == key)?.Key.Location ?? _mapping.Location;

    public YamlNode? Node(string key) => _mapping[key] is { } node && !(node is YamlScalar { IsNull: true }) ? node : null;

    public YamlScalar? Scalar(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Missing(key);
            return null;
        }
        if (node is YamlScalar scalar) return scalar;
        WrongType(key, node, "a text value");
        return null;
    }

    public string? String(string key, bool required)
    {
        var scalar = Scalar(key, required);
        if (scalar is null) return null;
        if (required && scalar.Value.Trim().Length == 0)
        {
            _diagnostics.Error("CL0103", $"'{key}' must not be empty", scalar.Location);
            return null;
        }
        return scalar.Value;
    }

    public DateOnly? Date(string key, bool required)
    {
        var scalar = Scalar(key, required);
        if (scalar is null) return null;
        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        _diagnostics.Error("CL0105", DateProblem(key, scalar.Value), scalar.Location);
        return null;
    }

    /// <summary>What is wrong with a date, with the date to write when it can be told: 2026-5-12 → 2026-05-12; 2024-02-30 does not exist.</summary>
    private static string DateProblem(string key, string value)
    {
        var parts = value.Trim().Split('-');
        if (parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)) && parts[0].Length == 4 && parts[1].Length <= 2 && parts[2].Length <= 2)
        {
            int year = int.Parse(parts[0], CultureInfo.InvariantCulture), month = int.Parse(parts[1], CultureInfo.InvariantCulture), day = int.Parse(parts[2], CultureInfo.InvariantCulture);
            if (year < 1)
                return $"'{key}' is '{value}', but there is no year 0: a date is written year-month-day (YYYY-MM-DD) with the whole year, for example 2026-05-12 for 12 May 2026";
            if (month is < 1 or > 12)
                return $"'{key}' is '{value}', but there is no month {month}: a date is written year-month-day (YYYY-MM-DD), for example 2026-05-12 for 12 May 2026";
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
                return $"'{key}' is '{value}', but {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has no day {day}";
            return $"'{key}' must be a date written YYYY-MM-DD, with two digits for the month and the day: write {key}: {year:D4}-{month:D2}-{day:D2}";
        }
        return $"'{key}' must be a date written YYYY-MM-DD (year-month-day), for example 2026-05-12 for 12 May 2026, not '{Shorten(value)}'";
    }

    public bool Bool(string key)
    {
        var scalar = Scalar(key, required: false);
        if (scalar is null) return false;
        if (scalar.IsPlain && scalar.Value is "true" or "True" or "TRUE") return true;
        if (scalar.IsPlain && scalar.Value is "false" or "False" or "FALSE") return false;
        if (!scalar.IsPlain && scalar.Value.Trim().ToLowerInvariant() is "true" or "false")
            _diagnostics.Error("CL0104", $"'{key}' must be true or false without quotes: in quotes it is a text, not a yes or no; write {key}: {scalar.Value.Trim().ToLowerInvariant()}", scalar.Location);
        else
            _diagnostics.Error("CL0104", $"'{key}' must be true or false, not '{Shorten(scalar.Value)}'", scalar.Location);
        return false;
    }

    /// <summary>A list of text values; a single text value is accepted as a one-item list.</summary>
    public IReadOnlyList<YamlScalar> ScalarList(string key, bool required)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                if (required) Missing(key);
                return [];
            case YamlScalar { IsPlain: true } single when single.Value.Contains(','):
                _diagnostics.Error("CL0180", $"'{key}' is written as one text with commas, so it would be the single item '{Shorten(single.Value)}': write a list in square brackets, for example {key}: [{string.Join(", ", single.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))}]", single.Location);
                return [];
            case YamlScalar single:
                return [single];
            case YamlSequence sequence:
                var items = new List<YamlScalar>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } scalar) items.Add(scalar);
                    else _diagnostics.Error("CL0104", $"each item of '{key}' must be a text value, not {item.KindName}{QuoteHint(item)}", item.Location);
                }
                // [null] or [[a]]: the item's own message says what is wrong; "needs at least one item" is for [].
                if (required && sequence.Items.Count == 0)
                    _diagnostics.Error("CL0103", $"'{key}' needs at least one item", sequence.Location);
                return items;
            default:
                WrongType(key, node, "a list");
                return [];
        }
    }

    /// <summary>Text per language (<c>{en: …, it: …}</c>); plain text is accepted as the same text in every language.</summary>
    /// <param name="reported">
    /// Supported language codes that are not site languages and were already reported in this file: a language left out
    /// of library.yaml's 'languages' is reported once per file, not at every text in it.
    /// </param>
    public LocalizedText? Localized(string key, bool required, IReadOnlyCollection<string>? languages, ISet<string>? reported = null)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                if (required) Missing(key);
                return null;
            case YamlScalar scalar:
                return LocalizedText.Invariant(scalar.Value);
            case YamlMapping mapping:
                var texts = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    var entry = mapping.Entries[i];
                    // {en: Four countries, one practice}: the comma ends the en text and "one practice" becomes a key with no value.
                    if (i > 0 && entry.Value is YamlScalar { IsNull: true } && mapping.Entries[i - 1] is { Value: YamlScalar { IsNull: false } before } previous
                        && (languages is null || !languages.Contains(entry.Key.Value)) && entry.Key.Location.Line == previous.Key.Location.Line)
                    {
                        var whole = $"{before.Value}, {entry.Key.Value}";
                        _diagnostics.Error("CL0106", $"the comma in the {previous.Key.Value} text of '{key}' ends it inside {{ }}, so '{Shorten(entry.Key.Value)}' is read as another language: put that text in double quotes, for example {key}: {{{previous.Key.Value}: \"{whole.Replace("\"", "\\\"", StringComparison.Ordinal)}\"}}", entry.Key.Location);
                        continue;
                    }
                    if (languages is not null && !languages.Contains(entry.Key.Value) && reported is not null && LanguageInfo.Find(entry.Key.Value) is not null)
                    {
                        if (reported.Add(entry.Key.Value))
                            _diagnostics.Error("CL0106", $"'{entry.Key.Value}' in '{key}' is not a site language ({string.Join(", ", languages)}), so no text in '{entry.Key.Value}' in this file is used (this is the first): add {entry.Key.Value} to 'languages' in library.yaml, or remove those texts", entry.Key.Location);
                    }
                    else if (languages is not null && !languages.Contains(entry.Key.Value) && reported is not null && LanguageInfo.IsUnsupportedLanguage(entry.Key.Value))
                    {
                        if (reported.Add(entry.Key.Value))
                            _diagnostics.Error("CL0106", $"'{entry.Key.Value}' in '{key}' is a language the site cannot be published in yet (it supports {LanguageInfo.CodesInWords("and")}), so no text in '{entry.Key.Value}' in this file is used (this is the first): remove those texts", entry.Key.Location);
                    }
                    else if (languages is not null && !languages.Contains(entry.Key.Value))
                        _diagnostics.Error("CL0106", $"'{entry.Key.Value}' in '{key}' is not a site language ({string.Join(", ", languages)}){Suggestions.Hint(entry.Key.Value, languages)}", entry.Key.Location);
                    else if (entry.Value is YamlScalar text) texts[entry.Key.Value] = text.Value;
                    else _diagnostics.Error("CL0104", $"'{key}.{entry.Key.Value}' must be a text value, not {entry.Value.KindName}", entry.Value.Location);
                }
                return new LocalizedText(texts);
            default:
                WrongType(key, node, "text per language");
                return null;
        }
    }

    private void Missing(string key)
    {
        if (_mapping[key] is not null)
            _diagnostics.Error("CL0103", $"'{key}' must not be empty: write its value after '{key}: ' on the same line", LocationOf(key));
        else if (!_misspelled.Contains(key))
            _diagnostics.Error("CL0102", $"missing required key '{key}' in {_what}", _mapping.Location);
    }

    private void WrongType(string key, YamlNode node, string expected) =>
        _diagnostics.Error("CL0104", $"'{key}' must be {expected}, not {node.KindName}{(expected == "a text value" ? QuoteHint(node) : "")}", node.Location);

    /// <summary>
    /// "- Planning: describe …" is valid YAML for a one-key mapping, and "title: [Draft] …" for a list; when text was
    /// meant, the fix is the same: quote it.
    /// </summary>
    private static string QuoteHint(YamlNode node) => node switch
    {
        YamlMapping { Entries: [{ Value: YamlScalar value } entry] } =>
            $": the ': ' in it makes YAML read a key and a value; put the whole text in double quotes, for example \"{entry.Key.Value}: {value.Value}\"",
        YamlMapping or YamlSequence => ": if the brackets or the ': ' are part of the text, put the whole text in double quotes",
        _ => "",
    };

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
