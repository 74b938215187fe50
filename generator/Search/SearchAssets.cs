using System.Security.Cryptography;
using System.Text;
using CaseLibrary.Loading;
using CaseLibrary.Rendering;

namespace CaseLibrary.Search;

/// <summary>
/// The search code published for the browser, under names that carry a content hash, so a browser can never pair an
/// index with other code. Each language's search worker is one file (<see cref="Workers"/>): lunr's own minified build
/// of the lunr.js the index builder ran (pinned; Node tests prove it answers alike), then lunr-languages' minified
/// stemmer support and the language's stemmer (none for English, which lunr has built in), then the theme's
/// search-fold.js, search-pack.js, search-split.js, search-query.js and search-worker.js, so a cold search starts its
/// worker with one request, not one for the worker and then, one after the other, two for its stemmer (the German
/// search page of a 1,000-case library fetched them in series after the worker's file: ~40 ms on loopback, two round
/// trips on a phone). lunr-languages' minified scripts are also published apart (assets/vendor/lunr.&lt;lang&gt;.&lt;hash&gt;.js
/// …): a search in all languages loads the other languages' stemmers as it needs them.
/// </summary>
public sealed record SearchAssets(IReadOnlyList<OutputFile> Files, IReadOnlyDictionary<string, string> Workers, string StemmerSupport, IReadOnlyDictionary<string, string> Languages)
{
    /// <summary>The worker of a page in <paramref name="lang"/>: the one that carries that language's stemmer.</summary>
    public string WorkerFor(string lang) => Workers.TryGetValue(lang, out var url) ? url : Workers.Values.First();

    /// <summary>The theme's scripts that go into the worker file, in order, after lunr.js (paths under theme/assets/).</summary>
    public static readonly IReadOnlyList<string> WorkerParts = ["js/search-fold.js", "js/search-pack.js", "js/search-split.js", "js/search-query.js", "js/search-worker.js"];

    /// <summary>A worker file's text: lunr.js, then each of <paramref name="parts"/> (the stemmers, then <see cref="WorkerParts"/>), each ending with a line break.</summary>
    public static string WorkerText(string lunr, IEnumerable<string> parts)
    {
        var text = new StringBuilder(lunr);
        foreach (var part in parts)
        {
            if (text.Length > 0 && text[^1] != '\n') text.Append('\n');
            text.Append(part);
        }
        return text.ToString();
    }

    /// <summary>Null when the theme lacks one of <see cref="WorkerParts"/> (a theme without search).</summary>
    public static SearchAssets? Create(PublishedLunrScripts scripts, IReadOnlyList<string> siteLanguages, SiteUrls urls, IReadOnlyList<AssetFile> themeAssets)
    {
        var parts = WorkerParts.Select(name => themeAssets.FirstOrDefault(a => a.RelativePath == name)).ToList();
        if (parts.Any(p => p is null)) return null;
        var files = new List<OutputFile>();
        string Publish(string folder, string name, string text, string source)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var path = $"assets/{folder}/{name}.{hash}.js";
            files.Add(new OutputFile(path, bytes, false, source));
            return urls.Link(path);
        }
        var theme = parts.Select(p => Encoding.UTF8.GetString(p!.Bytes)).ToList();
        var support = Publish("vendor", "lunr.stemmer.support", scripts.StemmerSupport, "theme/package-lock.json");
        var languages = scripts.Languages.OrderBy(l => l.Key, StringComparer.Ordinal)
            .ToDictionary(l => l.Key, l => Publish("vendor", "lunr." + l.Key, l.Value, "theme/package-lock.json"), StringComparer.Ordinal);
        var workers = siteLanguages.Distinct(StringComparer.Ordinal).ToDictionary(lang => lang,
            lang => Publish("js", "search-worker." + lang, WorkerText(scripts.Lunr, [.. StemmerScripts(scripts, lang), .. theme]), parts[^1]!.DisplayPath), StringComparer.Ordinal);
        return new SearchAssets(files, workers, support, languages);
    }

    /// <summary>The lunr-languages scripts a language's worker carries: the stemmer support and the language's stemmer, or none (English).</summary>
    public static IReadOnlyList<string> StemmerScripts(PublishedLunrScripts scripts, string lang) =>
        scripts.Languages.TryGetValue(lang, out var stemmer) ? [scripts.StemmerSupport, stemmer] : [];

    /// <summary>True for the theme scripts published only inside the worker file (search-fold.js is also the page's).</summary>
    public static bool IsWorkerOnly(string relativePath) => relativePath != "js/search-fold.js" && WorkerParts.Contains(relativePath);
}
