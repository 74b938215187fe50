namespace CaseLibrary.Configuration;

/// <summary>
/// What the site needs to know of a language: its own name, its OpenGraph locale and its babel name, which BibTeX's
/// <c>langid</c> takes (biblatex and babel expect "english" or "ngerman", not the ISO code).
/// </summary>
public sealed record LanguageInfo(string Code, string Endonym, string OgLocale, string Babel)
{
    private static readonly Dictionary<string, LanguageInfo> Known = new LanguageInfo[]
    {
        new("en", "English", "en_GB", "english"), new("it", "Italiano", "it_IT", "italian"), new("fr", "Français", "fr_FR", "french"),
        new("fi", "Suomi", "fi_FI", "finnish"), new("de", "Deutsch", "de_DE", "ngerman"), new("nl", "Nederlands", "nl_BE", "dutch"),
        new("es", "Español", "es_ES", "spanish"), new("pt", "Português", "pt_PT", "portuguese"), new("pl", "Polski", "pl_PL", "polish"),
        new("sv", "Svenska", "sv_SE", "swedish"), new("da", "Dansk", "da_DK", "danish"), new("ga", "Gaeilge", "ga_IE", "irish"),
        new("el", "Ελληνικά", "el_GR", "greek"), new("ro", "Română", "ro_RO", "romanian"), new("hu", "Magyar", "hu_HU", "magyar"),
        new("cs", "Čeština", "cs_CZ", "czech"), new("et", "Eesti", "et_EE", "estonian"), new("lt", "Lietuvių", "lt_LT", "lithuanian"),
        new("lv", "Latviešu", "lv_LV", "latvian"), new("sl", "Slovenščina", "sl_SI", "slovene"), new("sk", "Slovenčina", "sk_SK", "slovak"),
        new("hr", "Hrvatski", "hr_HR", "croatian"), new("bg", "Български", "bg_BG", "bulgarian"), new("mt", "Malti", "mt_MT", "maltese"),
        new("no", "Norsk", "nb_NO", "norsk"), new("cy", "Cymraeg", "cy_GB", "welsh"),
    }.ToDictionary(l => l.Code, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Codes => Known.Keys;

    public static LanguageInfo? Find(string code) => Known.GetValueOrDefault(code);
}
