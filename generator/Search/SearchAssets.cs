using System.Security.Cryptography;
using System.Text;
using CaseLibrary.Loading;
using CaseLibrary.Rendering;

namespace CaseLibrary.Search;

/// <summary>
/// The search code published for the browser, under names that carry a content hash, so a browser can never pair an
/// index with other code. The search worker is one file (<see cref="WorkerPath"/>): lunr's own minified build of the
/// lunr.js the index builder ran (pinned; Node tests prove it answers alike), then the theme's search-fold.js, search-pack.js, search-split.js, search-query.js and search-worker.js, so a cold search
/// page starts the worker with one request instead of four. lunr-languages' minified scripts are published apart
/// (assets/vendor/lunr.&lt;lang&gt;.&lt;hash&gt;.js …): the worker loads only the ones a search needs.
/// </summary>
public sealed record SearchAssets(IReadOnlyList<OutputFile> Files, string Worker, string StemmerSupport, IReadOnlyDictionary<string, string> Languages)
{
    /// <summary>The theme's scripts that go into the worker file, in order, after lunr.js (paths under theme/assets/).</summary>
    public static readonly IReadOnlyList<string> WorkerParts = ["js/search-fold.js", "js/search-pack.js", "js/search-split.js", "js/search-query.js", "js/search-worker.js"];

    /// <summary>The worker file's text: lunr.js, then each of <see cref="WorkerParts"/>, each ending with a line break.</summary>
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
    public static SearchAssets? Create(PublishedLunrScripts scripts, SiteUrls urls, IReadOnlyList<AssetFile> themeAssets)
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
        var worker = Publish("js", "search-worker", WorkerText(scripts.Lunr, parts.Select(p => Encoding.UTF8.GetString(p!.Bytes))), parts[^1]!.DisplayPath);
        var support = Publish("vendor", "lunr.stemmer.support", scripts.StemmerSupport, "theme/package-lock.json");
        var languages = scripts.Languages.OrderBy(l => l.Key, StringComparer.Ordinal)
            .ToDictionary(l => l.Key, l => Publish("vendor", "lunr." + l.Key, l.Value, "theme/package-lock.json"), StringComparer.Ordinal);
        return new SearchAssets(files, worker, support, languages);
    }

    /// <summary>True for the theme scripts published only inside the worker file (search-fold.js is also the page's).</summary>
    public static bool IsWorkerOnly(string relativePath) => relativePath != "js/search-fold.js" && WorkerParts.Contains(relativePath);
}
