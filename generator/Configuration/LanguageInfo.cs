using CaseLibrary.Search;

namespace CaseLibrary.Configuration;

/// <summary>
/// What the site needs to know of a language: its own name, its OpenGraph locale and its babel name, which BibTeX's
/// <c>langid</c> takes (biblatex and babel expect "english" or "ngerman", not the ISO code).
/// <para>
/// The languages a site can have are one list, <see cref="LanguagePipeline.SupportedLanguages"/>: the languages search
/// has a verified stemmer for. library.yaml's check (CL0107), <c>caselib new --lang</c>, the JSON schemas, the search
/// stage (CL0311) and <c>caselib explain CL0107</c> all read it through <see cref="Codes"/>.
/// </para>
/// </summary>
public sealed record LanguageInfo(string Code, string Endonym, string OgLocale, string Babel)
{
    private static readonly LanguageInfo[] Details =
    [
        new("en", "English", "en_GB", "english"), new("it", "Italiano", "it_IT", "italian"), new("fr", "Français", "fr_FR", "french"),
        new("fi", "Suomi", "fi_FI", "finnish"), new("de", "Deutsch", "de_DE", "ngerman"), new("nl", "Nederlands", "nl_BE", "dutch"),
    ];

    private static readonly Dictionary<string, LanguageInfo> Known = LanguagePipeline.SupportedLanguages.ToDictionary(
        code => code,
        code => Details.FirstOrDefault(l => l.Code == code) ?? throw new InvalidOperationException($"search supports '{code}', but LanguageInfo has no names for it"),
        StringComparer.Ordinal);

    /// <summary>
    /// Codes of other languages a contributor may well write (the EU's official languages and a few more), which the site
    /// cannot have yet: they are named as such in messages, not "corrected" to a supported code one letter away.
    /// </summary>
    private static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        "es", "pt", "pl", "sv", "da", "ga", "el", "ro", "hu", "cs", "et", "lt", "lv", "sl", "sk", "hr", "bg", "mt", "no", "nb", "nn", "cy",
        "ca", "eu", "gl", "is", "lb", "sq", "sr", "bs", "mk", "uk", "ru", "tr", "ar", "zh", "ja",
    };

    /// <summary>The supported language codes, in the order search lists them.</summary>
    public static IReadOnlyList<string> Codes => LanguagePipeline.SupportedLanguages;

    /// <summary>The codes as a sentence: "en, it, fr, fi, de or nl".</summary>
    public static string CodesInWords(string conjunction = "or") => $"{string.Join(", ", Codes.SkipLast(1))} {conjunction} {Codes[^1]}";

    /// <summary>A supported language, or null.</summary>
    public static LanguageInfo? Find(string code) => Known.GetValueOrDefault(code);

    /// <summary>A real language code the site does not support (es, pl …): a mistake of choice, not of spelling.</summary>
    /// <summary>
    /// The supported language of a code that also names a region or script (<c>fr-FR</c>, <c>en_GB</c>, <c>FR-be</c>,
    /// <c>de-Latn-AT</c>), or null: the site's languages are languages alone.
    /// </summary>
    public static string? WithoutRegion(string code)
    {
        var cut = code.IndexOfAny(['-', '_']);
        if (cut < 2) return null;
        var language = code[..cut].ToLowerInvariant();
        return Known.ContainsKey(language) ? language : null;
    }

    /// <summary>" (did you mean …?)" for a code that is not supported: its language without a region, else the closest code.</summary>
    public static string Hint(string code) => WithoutRegion(code) is { } language
        ? $": the site's languages are named without a region; write '{language}'"
        : Diagnostics.Suggestions.Hint(code, Codes);

    public static bool IsUnsupportedLanguage(string code) => Unsupported.Contains(code) && !Known.ContainsKey(code);
}
