using CaseLibrary.Diagnostics;

namespace CaseLibrary.Loading;

/// <summary>Reads the theme folder: <c>layouts/*.html</c> (Scriban), <c>i18n/&lt;lang&gt;.yaml</c>, <c>assets/**</c>.</summary>
public sealed class ThemeLoader
{
    private readonly SourceReader _reader;
    private readonly DiagnosticBag _diagnostics;

    public ThemeLoader(SourceReader reader, DiagnosticBag diagnostics)
    {
        _reader = reader;
        _diagnostics = diagnostics;
    }

    public ThemeSources Load(string root)
    {
        var directory = new DirectoryInfo(root);
        var display = _reader.Display(directory.FullName);
        if (!directory.Exists)
        {
            _diagnostics.Error("CL0300", "the theme folder does not exist", SourceLocation.StartOf(display));
            return new ThemeSources(display, new Dictionary<string, SourceFile>(), new Dictionary<string, SourceFile>(), []);
        }
        return new ThemeSources(
            display,
            ReadTexts(Path.Combine(root, "layouts"), ".html", root),
            ReadTexts(Path.Combine(root, "i18n"), ".yaml", root),
            ReadAssets(Path.Combine(root, "assets"), root));
    }

    private SortedDictionary<string, SourceFile> ReadTexts(string folder, string extension, string root)
    {
        var result = new SortedDictionary<string, SourceFile>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return result;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*" + extension, SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            if (!_reader.IsInside(file, root)) continue;
            var name = Path.GetRelativePath(folder, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
            if (_reader.ReadText(file) is { } text) result[name[..^extension.Length]] = text;
        }
        return result;
    }

    private List<AssetFile> ReadAssets(string folder, string root)
    {
        var result = new List<AssetFile>();
        if (!Directory.Exists(folder)) return result;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            if (file.Name.StartsWith('.') || !_reader.IsInside(file, root)) continue;
            var relative = Path.GetRelativePath(folder, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
            if (_reader.ReadBytes(file, SourceReader.MaxAssetBytes) is { } bytes)
                result.Add(new AssetFile(relative, _reader.Display(file.FullName), bytes));
        }
        return result;
    }
}
