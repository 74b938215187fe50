using System.Text.RegularExpressions;
using CaseLibrary.Configuration;

namespace CaseLibrary.Yaml;

/// <summary>
/// A text per language flattened onto its key's line (<c>tagline: en: Four countries, one practice</c>, or
/// <c>name: en: Networking, it: Rete</c>): YAML cannot read a second ': ' there. In a data file the fix is one line per
/// language, indented under the key (or, for one text in every language, the text alone in double quotes); a case
/// file is in one language, named by its file, so its text is written without a language. YAML024.
/// </summary>
public static partial class YamlLanguageLine
{
    public const string Code = "YAML024";

    /// <param name="key">The key on the line ('tagline').</param>
    /// <param name="indent">The key's indent, in spaces.</param>
    /// <param name="value">The value after "key: " ("en: Four countries, one practice").</param>
    /// <param name="fileName">For a case file's front matter, its file name (en.md, en.notes.md); null for a data file.</param>
    /// <returns>The message, or null when the value does not start with a supported language code and ': '.</returns>
    public static string? Explain(string key, int indent, string value, string? fileName)
    {
        var texts = Split(value);
        if (texts.Count == 0) return null;
        var codes = texts.Count == 1 ? $"the language code {texts[0].Language}:" : $"the language codes {string.Join(", ", texts.SkipLast(1).Select(t => t.Language + ":"))} and {texts[^1].Language}:";
        if (fileName is null)
        {
            var lines = string.Join(" on one line, ", texts.Select(t => $"{t.Language}: {t.Text}"));
            var next = texts.Count > 1 ? " on the next" : "";
            var same = texts.Count == 1 ? $" (or, for one text in every language, put it alone in double quotes: {key}: \"{Escape(texts[0].Text)}\")" : "";
            return $"'{key}' has {codes} on its line, which YAML cannot read: write {key}: alone on its line, and under it each language on a line of its own, {indent + 2} spaces in: {lines}{next}{same}";
        }
        var dot = fileName.IndexOf('.', StringComparison.Ordinal);
        var fileLanguage = dot < 0 ? fileName : fileName[..dot];
        var suffix = dot < 0 ? ".md" : fileName[dot..];
        var own = texts.FirstOrDefault(t => t.Language == fileLanguage) ?? texts[0];
        var file = LanguageInfo.Find(fileLanguage) is null ? "its file name" : $"its file name ({fileName})";
        var others = texts.Where(t => t != own).Select(t => $"the {t.Language} text in {t.Language}{suffix}").ToList();
        var rest = others.Count == 0
            ? $"; if '{own.Language}: ' is part of the text, put the whole value in double quotes"
            : $" here, and {string.Join(", ", others)}";
        return $"'{key}' starts with {codes}, but a case file is in one language, named by {file}, so its text has no language code: write {key}: \"{Escape(own.Text)}\"{rest}";
    }

    private sealed record LanguageText(string Language, string Text);

    /// <summary>"en: A, b, it: C" → (en, "A, b"), (it, "C"); a part starts only at a supported language code followed by ': '.</summary>
    private static List<LanguageText> Split(string value)
    {
        var starts = LanguageStart().Matches(value).Where(m => LanguageInfo.Find(m.Groups["code"].Value) is not null).ToList();
        if (starts.Count == 0 || starts[0].Index != 0) return [];
        var texts = new List<LanguageText>();
        for (var i = 0; i < starts.Count; i++)
        {
            var from = starts[i].Index + starts[i].Length;
            var to = i + 1 < starts.Count ? starts[i + 1].Index : value.Length;
            var text = value[from..to].TrimEnd(' ', ',', ';');
            if (text.Length > 1 && text[0] is '"' or '\'' && text[^1] == text[0]) text = text[1..^1];
            texts.Add(new(starts[i].Groups["code"].Value, text));
        }
        return texts.Any(t => t.Text.Length == 0) ? [] : texts;
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    /// <summary>A two-letter code and ': ' at the start of the value or after a comma (or semicolon) and spaces.</summary>
    [GeneratedRegex(@"(?:^|(?<=[,;] *))(?<code>[a-z]{2}): +")]
    private static partial Regex LanguageStart();
}
