using System.Text.Json;
using CaseLibrary.Search;

namespace CaseLibrary.Loading;

/// <summary>
/// Reads the JavaScript of the pinned lunr packages from theme/node_modules (installed by
/// <c>npm ci</c> in theme/, never committed) for the search stage's Jint pipelines.
/// </summary>
public static class LunrScriptsLoader
{
    public const string LunrVersion = "2.3.9";
    public const string LunrLanguagesVersion = "1.22.0";

    /// <summary>Loads lunr.js, lunr.stemmer.support.js and lunr.&lt;code&gt;.js for each non-English language.</summary>
    /// <exception cref="InvalidOperationException">A package is missing or not at the pinned version.</exception>
    public static LunrScripts Load(string themeDirectory, IEnumerable<string> languages)
    {
        string modules = Path.Combine(themeDirectory, "node_modules");
        string lunrDir = Path.Combine(modules, "lunr");
        string languagesDir = Path.Combine(modules, "lunr-languages");
        CheckVersion(lunrDir, LunrVersion);
        CheckVersion(languagesDir, LunrLanguagesVersion);

        var scripts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string language in languages.Where(code => code != "en").Distinct(StringComparer.Ordinal))
        {
            scripts[language] = Read(Path.Combine(languagesDir, $"lunr.{language}.js"));
        }
        return new LunrScripts(
            Read(Path.Combine(lunrDir, "lunr.js")),
            Read(Path.Combine(languagesDir, "lunr.stemmer.support.js")),
            scripts);
    }

    private static void CheckVersion(string packageDirectory, string expected)
    {
        string manifest = Path.Combine(packageDirectory, "package.json");
        using JsonDocument json = JsonDocument.Parse(Read(manifest));
        string? version = json.RootElement.TryGetProperty("version", out JsonElement value) ? value.GetString() : null;
        if (version != expected)
        {
            throw new InvalidOperationException(
                $"{manifest}: version {version ?? "(none)"}, but the search index needs {expected}; run `npm ci` in theme/.");
        }
    }

    private static string Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} not found; run `npm ci` in theme/ to install the pinned lunr packages.");
        }
        return File.ReadAllText(path);
    }
}
