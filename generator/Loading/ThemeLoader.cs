using CaseLibrary.Contract;
using CaseLibrary.Diagnostics;

namespace CaseLibrary.Loading;

/// <summary>
/// Reads the theme folder: <c>layouts/*.html</c> (Scriban), <c>i18n/&lt;lang&gt;.yaml</c>, <c>assets/**</c>. The whole
/// folder is walked without following links, so a link anywhere in it is reported; <c>node_modules</c> (npm's, checked
/// by <see cref="ThemePackages"/>) is not walked.
/// </summary>
public sealed class ThemeLoader
{
    public const string PackagesFolder = "node_modules";

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
        var kind = _reader.Inspect(directory.FullName);
        if (kind != FileKind.Folder)
        {
            if (kind is FileKind.Missing or FileKind.File) _diagnostics.Error("CL0300", "the theme folder does not exist", SourceLocation.StartOf(display));
            return new ThemeSources(display, new Dictionary<string, SourceFile>(), new Dictionary<string, SourceFile>(), []) { Exists = false };
        }
        var files = _reader.FilesUnder(directory, PackagesFolder)
            .Select(f => (File: f, Relative: Path.GetRelativePath(directory.FullName, f.FullName).Replace(Path.DirectorySeparatorChar, '/')))
            .ToList();
        return new ThemeSources(display, ReadTexts(files, "layouts/", ".html"), ReadTexts(files, "i18n/", ".yaml"), ReadAssets(files, "assets/"));
    }

    private SortedDictionary<string, SourceFile> ReadTexts(List<(FileInfo File, string Relative)> files, string folder, string extension)
    {
        var result = new SortedDictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var (file, relative) in files)
        {
            if (!relative.StartsWith(folder, StringComparison.Ordinal) || !relative.EndsWith(extension, StringComparison.Ordinal)) continue;
            if (_reader.ReadText(file) is { } text) result[relative[folder.Length..^extension.Length]] = text;
        }
        return result;
    }

    private List<AssetFile> ReadAssets(List<(FileInfo File, string Relative)> files, string folder)
    {
        var result = new List<AssetFile>();
        foreach (var (file, relative) in files)
        {
            if (!relative.StartsWith(folder, StringComparison.Ordinal) || file.Name.StartsWith('.')) continue;
            var name = relative[folder.Length..];
            if (name.Split('/').FirstOrDefault(part => part.Length > Names.MaxFileNameLength) is { } longPart)
            {
                _diagnostics.Error("CL0225", $"the name '{longPart[..12]}…' is {longPart.Length} characters long; the limit for a published file or folder is {Names.MaxFileNameLength}: choose a shorter name", SourceLocation.StartOf(_reader.Display(file.FullName)));
                continue;
            }
            if (name.Length > Names.MaxAssetPathLength)
            {
                _diagnostics.Error("CL0226", $"the path of this file below theme/assets is {name.Length} characters long; the limit for a published path is {Names.MaxAssetPathLength}: use fewer or shorter folders", SourceLocation.StartOf(_reader.Display(file.FullName)));
                continue;
            }
            if (_reader.ReadBytes(file, SourceReader.MaxAssetBytes) is { } bytes)
                result.Add(new AssetFile(name, _reader.Display(file.FullName), bytes));
        }
        return result;
    }
}
