using CaseLibrary.Contract;
using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Yaml;

namespace CaseLibrary.Configuration;

/// <summary>Parses library.yaml into <see cref="SiteConfig"/>.</summary>
public static class SiteConfigParser
{
    private static readonly string[] Keys = ContentContract.Keys(ContentContract.Library);

    public static SiteConfig? Parse(SourceFile? file, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        if (file is null) return null;
        var mapping = YamlDocumentReader.ReadMapping(file.Text, file.Path, 0, "library.yaml must be a mapping of settings", diagnostics);
        if (mapping is null) return null;
        var reader = new YamlMappingReader(mapping, Keys, "library.yaml", diagnostics);

        var languages = new List<string>();
        var meant = new List<string>();
        foreach (var item in reader.ScalarList("languages", required: true))
        {
            if (LanguageInfo.IsUnsupportedLanguage(item.Value))
            {
                // es, pl …: a real language, chosen on purpose; its texts and case files are not also reported.
                diagnostics.Error("CL0107", $"'{item.Value}' is a language the site cannot be published in yet: the supported languages are {LanguageInfo.CodesInWords("and")}; remove {item.Value} from 'languages'", item.Location);
                meant.Add(item.Value);
            }
            else if (LanguageInfo.Find(item.Value) is null)
            {
                diagnostics.Error("CL0107", $"'{item.Value}' is not a supported language code{LanguageInfo.Hint(item.Value)}", item.Location);
                if ((LanguageInfo.WithoutRegion(item.Value) ?? Suggestions.Closest(item.Value, LanguageInfo.Codes)) is { } code) meant.Add(code);
            }
            else if (languages.Contains(item.Value))
                diagnostics.Error("CL0108", $"language '{item.Value}' is listed twice", item.Location);
            else languages.Add(item.Value);
        }

        // With a wrong code in 'languages', texts in the language meant are not also reported as "not a site language";
        // with no valid language at all, no text can be judged.
        IReadOnlyCollection<string>? known = languages.Count == 0 ? null : [.. languages, .. meant];
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var title = reader.Localized("title", required: true, known, reported);
        // The first language's title is shown wherever a language has none of its own: without it, pages would have no title.
        // (A misspelt language key is its own error, CL0106.)
        if (title is not null && languages.Count > 0 && !title.Has(languages[0]) && reader.Node("title") is YamlMapping { Entries: var given } && given.All(e => known!.Contains(e.Key.Value)))
            diagnostics.Error("CL0103", $"'title' has no {languages[0]} text, the library's first language, which is shown wherever a language has no title of its own, so the site would have no title there: add {languages[0]}: and the title under 'title'", reader.LocationOf("title"));
        var tagline = reader.Localized("tagline", required: false, known, reported) ?? LocalizedText.Empty;
        var credit = reader.Localized("credit", required: false, known, reported) ?? LocalizedText.Empty;
        var about = reader.Localized("about", required: false, known, reported) ?? LocalizedText.Empty;
        var licenceNode = reader.Scalar("licence", required: false);
        var licence = licenceNode?.Value ?? "CC-BY-4.0";

        var baseUrlNode = reader.Scalar("base_url", required: false);
        var baseUrlText = baseUrlOverride ?? baseUrlNode?.Value ?? "http://localhost/";
        var baseUrl = BaseUrl.Normalise(baseUrlText);
        if (baseUrl is null)
        {
            var location = baseUrlOverride is null && baseUrlNode is not null ? baseUrlNode.Location : reader.LocationOf("base_url");
            diagnostics.Error("CL0109", $"base_url {BaseUrl.Problem(baseUrlText) ?? $"must be an absolute http(s) address such as {BaseUrl.Example}"}", location);
            return null;
        }

        int? minimumWords = null;
        if (reader.Scalar("minimum_words", required: false) is { } wordsNode)
        {
            if (int.TryParse(wordsNode.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var words) && words >= 1)
                minimumWords = words;
            else
                diagnostics.Error("CL0104", $"'minimum_words' must be a whole number from 1, such as 800, not '{wordsNode.Value}'", wordsNode.Location);
        }

        var letter = new HashSet<string>(StringComparer.Ordinal);
        if (reader.Localized("paper", required: false, known, reported) is { } paper)
        {
            foreach (var lang in languages)
            {
                if (!paper.Has(lang)) continue;
                var size = paper.Get(lang, lang).Trim();
                if (size.Equals("letter", StringComparison.OrdinalIgnoreCase)) letter.Add(lang);
                else if (!size.Equals("A4", StringComparison.OrdinalIgnoreCase))
                    diagnostics.Error("CL0104", $"'paper' must be A4 or letter, not '{size}'", reader.LocationOf("paper"));
            }
        }

        if (title is null || languages.Count == 0) return null;
        return new SiteConfig(title, languages, tagline, baseUrl, licence, credit) { About = about, MinimumWords = minimumWords, MeantLanguages = meant, LicenceLocation = licenceNode?.Location, LetterLanguages = letter };
    }
}
