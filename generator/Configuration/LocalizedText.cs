namespace CaseLibrary.Configuration;

/// <summary>Text given per language code; a missing language falls back to the default language.</summary>
public sealed class LocalizedText
{
    public static readonly LocalizedText Empty = new(new Dictionary<string, string>());

    private readonly IReadOnlyDictionary<string, string> _byLanguage;

    public LocalizedText(IReadOnlyDictionary<string, string> byLanguage) => _byLanguage = byLanguage;

    public static LocalizedText Invariant(string text) => new(new Dictionary<string, string> { [""] = text });

    public IEnumerable<string> Languages => _byLanguage.Keys.Where(k => k.Length > 0);

    public bool Has(string language) => _byLanguage.ContainsKey(language) || _byLanguage.ContainsKey("");

    public string Get(string language, string defaultLanguage)
    {
        if (_byLanguage.TryGetValue(language, out var text)) return text;
        if (_byLanguage.TryGetValue(defaultLanguage, out text)) return text;
        if (_byLanguage.TryGetValue("", out text)) return text;
        return "";
    }
}
