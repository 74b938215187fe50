using System.Security.Cryptography;
using System.Text;
using CaseLibrary.Rendering;

namespace CaseLibrary.Search;

/// <summary>
/// The pinned lunr code published for the browser, byte for byte what the index builder ran, under names that
/// carry a content hash (assets/vendor/lunr.&lt;hash&gt;.js …), so a browser can never pair an index with other code.
/// </summary>
public sealed record SearchAssets(IReadOnlyList<OutputFile> Files, string Lunr, string StemmerSupport, IReadOnlyDictionary<string, string> Languages)
{
    public static SearchAssets Create(LunrScripts scripts, SiteUrls urls)
    {
        var files = new List<OutputFile>();
        string Publish(string name, string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var path = $"assets/vendor/{name}.{hash}.js";
            files.Add(new OutputFile(path, bytes, false, "theme/package-lock.json"));
            return urls.Link(path);
        }
        var lunr = Publish("lunr", scripts.Lunr);
        var support = Publish("lunr.stemmer.support", scripts.StemmerSupport);
        var languages = scripts.Languages.OrderBy(l => l.Key, StringComparer.Ordinal)
            .ToDictionary(l => l.Key, l => Publish("lunr." + l.Key, l.Value), StringComparer.Ordinal);
        return new SearchAssets(files, lunr, support, languages);
    }
}
