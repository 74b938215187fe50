namespace CaseLibrary.Configuration;

/// <summary>What the site needs to know of a language: its own name and OpenGraph locale.</summary>
public sealed record LanguageInfo(string Code, string Endonym, string OgLocale)
{
    private static readonly Dictionary<string, LanguageInfo> Known = new LanguageInfo[]
    {
        new("en", "English", "en_GB"), new("it", "Italiano", "it_IT"), new("fr", "Français", "fr_FR"),
        new("fi", "Suomi", "fi_FI"), new("de", "Deutsch", "de_DE"), new("nl", "Nederlands", "nl_BE"),
        new("es", "Español", "es_ES"), new("pt", "Português", "pt_PT"), new("pl", "Polski", "pl_PL"),
        new("sv", "Svenska", "sv_SE"), new("da", "Dansk", "da_DK"), new("ga", "Gaeilge", "ga_IE"),
        new("el", "Ελληνικά", "el_GR"), new("ro", "Română", "ro_RO"), new("hu", "Magyar", "hu_HU"),
        new("cs", "Čeština", "cs_CZ"), new("et", "Eesti", "et_EE"), new("lt", "Lietuvių", "lt_LT"),
        new("lv", "Latviešu", "lv_LV"), new("sl", "Slovenščina", "sl_SI"), new("sk", "Slovenčina", "sk_SK"),
        new("hr", "Hrvatski", "hr_HR"), new("bg", "Български", "bg_BG"), new("mt", "Malti", "mt_MT"),
        new("no", "Norsk", "nb_NO"), new("cy", "Cymraeg", "cy_GB"),
    }.ToDictionary(l => l.Code, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Codes => Known.Keys;

    public static LanguageInfo? Find(string code) => Known.GetValueOrDefault(code);
}
