using System.Security.Cryptography;
using System.Text;
using CaseLibrary.Diagnostics;
using CaseLibrary.Search;

namespace CaseLibrary.Loading;

/// <summary>
/// Reads the JavaScript of the pinned lunr packages from theme/node_modules (or the copy an installed caselib carries) through <see cref="SourceReader"/> (no
/// link followed, size limit) and accepts a file only if its SHA-256 is the one in <see cref="PinnedPackages"/>.
/// </summary>
public static class LunrScriptsLoader
{
    public const string LunrVersion = PinnedPackages.LunrVersion;
    public const string LunrLanguagesVersion = PinnedPackages.LunrLanguagesVersion;

    private const long MaxScriptBytes = 1024 * 1024;

    /// <summary>
    /// lunr.js, lunr.stemmer.support.js and lunr.&lt;code&gt;.js for each non-English language of
    /// <paramref name="languages"/> from theme/node_modules, or null with a diagnostic for every file that is missing,
    /// refused or not the pinned one.
    /// </summary>
    public static LunrScripts? Read(SourceReader reader, string themeFolder, IEnumerable<string> languages, DiagnosticBag diagnostics)
    {
        var modules = Path.Combine(Path.GetFullPath(themeFolder), ThemeLoader.PackagesFolder);
        var modulesKind = reader.Inspect(modules);
        if (modulesKind != FileKind.Folder)
        {
            if (modulesKind is FileKind.Missing or FileKind.File)
                diagnostics.Error("CL0320", "the pinned search packages are not installed here: delete this and build again (the build installs them)", SourceLocation.StartOf(reader.Display(modules)));
            return null;
        }
        return ReadFrom(reader, modules, languages, diagnostics, carried: false);
    }

    /// <summary>
    /// The same files from the copy an installed caselib carries (<c>search-packages/</c> beside caselib.dll, put there by
    /// <c>dotnet pack</c>), checked against the same pinned SHA-256: a damaged or changed install is refused, never used.
    /// </summary>
    public static LunrScripts? ReadCarried(SourceReader reader, string carriedFolder, IEnumerable<string> languages, DiagnosticBag diagnostics) =>
        ReadFrom(reader, Path.GetFullPath(carriedFolder), languages, diagnostics, carried: true);

    private static LunrScripts? ReadFrom(SourceReader reader, string modules, IEnumerable<string> languages, DiagnosticBag diagnostics, bool carried)
    {
        const string reinstall = "reinstall caselib (dotnet tool uninstall, then dotnet tool install, CaseLibrary.Generator)";
        string? Script(string relative)
        {
            var path = Path.Combine(modules, relative.Replace('/', Path.DirectorySeparatorChar));
            var location = SourceLocation.StartOf(reader.Display(path));
            foreach (var folder in Folders(modules, relative))
            {
                var kind = reader.Inspect(folder);
                if (kind == FileKind.Folder) continue;
                if (kind == FileKind.Missing)
                    diagnostics.Error("CL0320", carried
                        ? $"'{reader.Display(path)}' is missing from the search packages this caselib carries: {reinstall}"
                        : $"'{reader.Display(path)}' is missing, so the installed packages are not the pinned ones: delete theme/node_modules and build again (the build installs them)", location);
                return null;
            }
            if (FileProbe.Look(path).Kind == FileKind.Missing)
            {
                diagnostics.Error("CL0320", carried
                    ? $"this file of the search packages this caselib carries is missing: {reinstall}"
                    : "this file of the pinned search packages is missing: delete theme/node_modules and build again (the build installs them)", location);
                return null;
            }
            if (reader.ReadBytes(new FileInfo(path), MaxScriptBytes) is not { } bytes) return null;
            if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != PinnedPackages.Files[relative])
            {
                diagnostics.Error("CL0320", carried
                    ? $"this file of the search packages this caselib carries is not the one of lunr {LunrVersion} / lunr-languages {LunrLanguagesVersion} it pins (the installed tool was changed or damaged): {reinstall}"
                    : $"this file is not the one of lunr {LunrVersion} / lunr-languages {LunrLanguagesVersion} that the build pins (it was changed, or another version is installed): delete theme/node_modules and build again (the build installs the pinned packages)", location);
                return null;
            }
            return Encoding.UTF8.GetString(bytes);
        }

        var others = languages.Where(code => code != "en").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Dictionary<string, string?> Languages(Func<string, string> file) => others.ToDictionary(
            code => code, code => PinnedPackages.Files.ContainsKey(file(code)) ? Script(file(code)) : null, StringComparer.Ordinal);
        var lunr = Script(PinnedPackages.Lunr);
        var support = Script(PinnedPackages.StemmerSupport);
        var scripts = Languages(PinnedPackages.Language);
        var publishedLunr = Script(PinnedPackages.PublishedLunr);
        var publishedSupport = Script(PinnedPackages.PublishedStemmerSupport);
        var published = Languages(PinnedPackages.PublishedLanguage);
        if (lunr is null || support is null || scripts.Values.Any(s => s is null)
            || publishedLunr is null || publishedSupport is null || published.Values.Any(s => s is null)) return null;
        return new LunrScripts(lunr, support, scripts.ToDictionary(s => s.Key, s => s.Value!, StringComparer.Ordinal))
        {
            Published = new PublishedLunrScripts(publishedLunr, publishedSupport, published.ToDictionary(s => s.Key, s => s.Value!, StringComparer.Ordinal)),
            Origin = carried
                ? $"lunr {LunrVersion} and lunr-languages {LunrLanguagesVersion} carried by this caselib (the theme has no node_modules; no npm, no download)"
                : $"lunr {LunrVersion} and lunr-languages {LunrLanguagesVersion} from {reader.Display(modules)}",
        };
    }

    /// <summary>For tests and tools: the verified scripts, or an exception that lists every problem.</summary>
    /// <exception cref="InvalidOperationException">A package file is missing, refused or not the pinned one.</exception>
    public static LunrScripts Load(string themeDirectory, IEnumerable<string> languages)
    {
        var diagnostics = new DiagnosticBag();
        var theme = Path.GetFullPath(themeDirectory);
        var reader = new SourceReader(Path.GetDirectoryName(theme) ?? theme, diagnostics);
        var scripts = Read(reader, theme, languages, diagnostics);
        return scripts ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()) + "\nRun `npm ci --ignore-scripts` in theme/ to install the pinned lunr packages.");
    }

    /// <summary>Each folder between node_modules and the file: all must be plain folders.</summary>
    private static IEnumerable<string> Folders(string modules, string relative)
    {
        var parts = relative.Split('/');
        var path = modules;
        foreach (var part in parts[..^1])
        {
            path = Path.Combine(path, part);
            yield return path;
        }
    }
}
