using System.Text.RegularExpressions;
using CaseLibrary.Contract;
using CaseLibrary.Diagnostics;

namespace CaseLibrary.Loading;

/// <summary>
/// Discovery: reads the content folder into <see cref="LibrarySources"/>, in ordinal order, through
/// <see cref="SourceReader"/> (no link followed). Top-level dot-folders such as <c>.schema</c> are not content but are
/// walked for links; a dot-named entry inside a case folder is an error, so nothing in a case folder goes unseen.
/// </summary>
public sealed partial class ContentLoader
{
    public const string LibraryFileName = "library.yaml";
    public const string CompetencesFileName = "competences.yaml";
    public const string AuthorsFileName = "authors.yaml";
    public const string NotesSuffix = ".notes.md";

    private static readonly string[] DataFiles = [LibraryFileName, CompetencesFileName, AuthorsFileName];
    private static readonly string[] AssetExtensions = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".pdf"];

    private readonly SourceReader _reader;
    private readonly DiagnosticBag _diagnostics;

    public ContentLoader(SourceReader reader, DiagnosticBag diagnostics)
    {
        _reader = reader;
        _diagnostics = diagnostics;
    }

    public static Regex CaseIdPattern() => Names.Id();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageFilePattern();

    [GeneratedRegex("^(?<language>[A-Za-z]{2,3})[-_][A-Za-z]{2}$")]
    private static partial Regex RegionalLanguage();

    public LibrarySources Load(string root)
    {
        var directory = new DirectoryInfo(root);
        var kind = _reader.Inspect(directory.FullName);
        if (kind != FileKind.Folder)
        {
            if (kind is FileKind.Missing or FileKind.File)
                _diagnostics.Error("CL0200", "the content folder does not exist", SourceLocation.StartOf(_reader.Display(directory.FullName)));
            return new LibrarySources(_reader.Display(directory.FullName), null, null, null, []);
        }

        var entries = _reader.Entries(directory);
        SourceFile? Data(string name)
        {
            if (entries.FirstOrDefault(e => e.Name == name) is FileInfo file) return _reader.ReadText(file);
            var path = Path.Combine(directory.FullName, name);
            if (FileProbe.Look(path).Kind is FileKind.Missing or FileKind.Folder)
                _diagnostics.Error("CL0201", $"missing {name} in the content folder", SourceLocation.StartOf(_reader.Display(path)));
            return null; // a link or special file of that name is already reported
        }

        var cases = new List<CaseFolder>();
        foreach (var entry in entries)
        {
            if (entry is DirectoryInfo folder)
            {
                // Dot-folders (.schema) are not content, but a link inside one is still refused.
                if (folder.Name.StartsWith('.')) _reader.FilesUnder(folder);
                else if (LoadCase(folder) is { } loaded) cases.Add(loaded);
            }
            else if (!entry.Name.StartsWith('.') && !DataFiles.Contains(entry.Name, StringComparer.Ordinal) && !IsDocumentation(entry.Name))
            {
                _diagnostics.Warning("CL0207", $"'{entry.Name}' is not a known content file and is ignored", SourceLocation.StartOf(_reader.Display(entry.FullName)));
            }
        }
        return new LibrarySources(_reader.Display(directory.FullName), Data(LibraryFileName), Data(CompetencesFileName), Data(AuthorsFileName), cases);
    }

    /// <summary>
    /// For <c>serve</c>'s preview of an edit: <paramref name="previous"/> with only the folders of
    /// <paramref name="caseIds"/> read again (a folder that is gone, or is no longer a plain folder, is dropped). The
    /// data files and every other folder are taken as they were, so an edit to one case does not stat thousands of files.
    /// </summary>
    public LibrarySources Reload(LibrarySources previous, string root, IReadOnlySet<string> caseIds)
    {
        var directory = new DirectoryInfo(root);
        var cases = new List<CaseFolder>(previous.Cases.Count);
        foreach (var folder in previous.Cases)
        {
            if (!caseIds.Contains(folder.Id)) { cases.Add(folder); continue; }
            var info = new DirectoryInfo(Path.Combine(directory.FullName, folder.Id));
            if (_reader.Inspect(info.FullName) == FileKind.Folder && LoadCase(info) is { } loaded) cases.Add(loaded);
        }
        return previous with { Cases = cases };
    }

    private CaseFolder? LoadCase(DirectoryInfo folder)
    {
        var display = _reader.Display(folder.FullName);
        if (CaseIdRule.Problem(folder.Name, SourceLocation.StartOf(display)) is { } problem)
        {
            _diagnostics.Add(problem);
            _reader.FilesUnder(folder);
            return null;
        }

        var versions = new List<CaseSource>();
        var notes = new List<CaseSource>();
        var assets = new List<AssetFile>();
        var refused = new List<string>();
        var misplaced = new List<string>();
        var refusedAsset = false;
        foreach (var entry in _reader.Entries(folder))
        {
            var entryDisplay = _reader.Display(entry.FullName);
            if (entry.Name.StartsWith('.'))
            {
                _diagnostics.Error("CL0222", $"'{entry.Name}' starts with '.', so it is hidden and would not be published: delete it, or rename it if it belongs to the case", SourceLocation.StartOf(entryDisplay));
                if (entry is DirectoryInfo hidden) _reader.FilesUnder(hidden);
                continue;
            }
            if (entry is DirectoryInfo nested)
            {
                // cases/2024/peer-mentoring/en.md: a folder of cases one level too deep.
                var holdsCase = _reader.Entries(nested).Any(e => e is FileInfo f && f.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase));
                if (holdsCase) misplaced.Add(nested.Name);
                _diagnostics.Error("CL0208", holdsCase
                    ? $"'{nested.Name}' looks like a case, but it is inside the folder '{folder.Name}', which is read as a case itself: every case folder goes directly in the content folder; move '{nested.Name}' up one level, beside '{folder.Name}'"
                    : "folders inside a case folder are not supported; put files beside the Markdown", SourceLocation.StartOf(entryDisplay));
                _reader.FilesUnder(nested);
                continue;
            }
            var file = (FileInfo)entry;
            var extension = file.Extension.ToLowerInvariant();
            if (extension == ".md")
            {
                var isNotes = file.Name.EndsWith(NotesSuffix, StringComparison.Ordinal);
                var language = isNotes ? file.Name[..^NotesSuffix.Length] : Path.GetFileNameWithoutExtension(file.Name);
                if (!LanguageFilePattern().IsMatch(language))
                {
                    var lowered = file.Name.ToLowerInvariant();
                    if (RegionalLanguage().Match(language) is { Success: true } regional)
                    {
                        // en-GB.md, pt_BR.notes.md: the site's languages have no regions.
                        var renamed = regional.Groups["language"].Value.ToLowerInvariant() + (isNotes ? NotesSuffix : ".md");
                        _diagnostics.Error("CL0209", $"'{file.Name}' names a region as well as a language, but case files are named by the language code alone: rename it to {renamed}", SourceLocation.StartOf(entryDisplay));
                        if (!isNotes) refused.Add(regional.Groups["language"].Value.ToLowerInvariant());
                    }
                    else if (lowered != file.Name && CaseFileLanguage(lowered) is { } meant)
                    {
                        _diagnostics.Error("CL0209", $"'{file.Name}' must be named by its language code in lowercase: rename it to {lowered}", SourceLocation.StartOf(entryDisplay));
                        if (!isNotes && !lowered.EndsWith(NotesSuffix, StringComparison.Ordinal)) refused.Add(meant);
                    }
                    else if (NotesFileLanguage(file.Name) is { } notesOf)
                        _diagnostics.Error("CL0209", $"'{file.Name}' looks like the {notesOf} teaching notes, which are named {notesOf}{NotesSuffix}: rename it to {notesOf}{NotesSuffix}", SourceLocation.StartOf(entryDisplay));
                    else
                        _diagnostics.Error("CL0209", $"'{file.Name}' must be named by its language code, like en.md or it.md (teaching notes: en.notes.md)", SourceLocation.StartOf(entryDisplay));
                    continue;
                }
                if (file.Extension != ".md")
                {
                    // de.MD: read on one machine, missed by tools that look for *.md (and FI.md is refused the same way).
                    _diagnostics.Error("CL0209", $"'{file.Name}' must end in .md in lowercase: rename it to {language}{(isNotes ? NotesSuffix : ".md")}", SourceLocation.StartOf(entryDisplay));
                    if (!isNotes) refused.Add(language);
                    continue;
                }
                if (_reader.ReadText(file) is { } text) (isNotes ? notes : versions).Add(new CaseSource(language, text));
                else if (!isNotes) refused.Add(language);
            }
            else if (AssetExtensions.Contains(extension) && FileNamePattern().IsMatch(file.Name))
            {
                if (CaseIdRule.IsReservedName(file.Name))
                {
                    _diagnostics.Error("CL0211", $"'{file.Name}' starts with a reserved device name on Windows; rename the file", SourceLocation.StartOf(entryDisplay));
                    refusedAsset = true;
                    continue;
                }
                if (file.Name.Length > Names.MaxFileNameLength)
                {
                    _diagnostics.Error("CL0225", $"the file name is {file.Name.Length} characters long; the limit for a published file is {Names.MaxFileNameLength}: choose a shorter name", SourceLocation.StartOf(entryDisplay));
                    refusedAsset = true;
                    continue;
                }
                if (_reader.ReadBytes(file, SourceReader.MaxAssetBytes) is { } bytes)
                    assets.Add(new AssetFile(file.Name, entryDisplay, bytes));
                else refusedAsset = true;
            }
            else if (OwnFileOf(file.Name) is { } maker)
            {
                _diagnostics.Error("CL0210", $"'{file.Name}' is {maker}, not part of the case, and would not be published: delete it", SourceLocation.StartOf(entryDisplay));
            }
            else if (NotesFileLanguage(file.Name) is { } notesOf)
            {
                // fi.notes.markdown, fi.notes.txt: teaching notes saved under another extension.
                _diagnostics.Error("CL0209", $"'{file.Name}' looks like the {notesOf} teaching notes, which are named {notesOf}{NotesSuffix}: rename it to {notesOf}{NotesSuffix}", SourceLocation.StartOf(entryDisplay));
            }
            else if (extension == ".svg")
            {
                _diagnostics.Error("CL0210", $"'{file.Name}' is an SVG picture, which the site does not publish (an SVG file can hold scripts that would run on the page): save the picture as {Path.GetFileNameWithoutExtension(file.Name).ToLowerInvariant()}.png and use that name in the case", SourceLocation.StartOf(entryDisplay));
                refusedAsset = true;
            }
            else if (TextFileLanguage(file.Name) is { } meant)
            {
                // en.markdown, en.txt, en.md.txt: a case version saved under another extension.
                _diagnostics.Error("CL0209", $"'{file.Name}' looks like the {meant} version of the case, but case files end in .md: rename it to {meant}.md", SourceLocation.StartOf(entryDisplay));
                refused.Add(meant);
            }
            else
            {
                var lowered = file.Name.ToLowerInvariant();
                var rename = AssetExtensions.Contains(Path.GetExtension(lowered)) && FileNamePattern().IsMatch(lowered) ? $": rename it to {lowered} (and write that name where the case uses it)" : "";
                _diagnostics.Error("CL0210", $"'{file.Name}' cannot be published: use a lowercase name (a-z, 0-9, '-', '_', '.') with one of {string.Join(" ", AssetExtensions)}{rename}", SourceLocation.StartOf(entryDisplay));
                refusedAsset = true;
            }
        }
        return new CaseFolder(folder.Name, display, versions, assets) { Notes = notes, RefusedLanguages = refused, MisplacedCases = misplaced, HasRefusedFile = refusedAsset };
    }

    private static readonly string[] TextExtensions = [".markdown", ".mdown", ".mkd", ".txt", ".text", ".docx", ".doc", ".odt", ".rtf"];

    /// <summary>Who made a file that belongs to no case: Windows' picture cache and folder settings, an editor's backup copy.</summary>
    private static string? OwnFileOf(string name) => name.ToLowerInvariant() switch
    {
        "thumbs.db" or "desktop.ini" or "ehthumbs.db" => "a file Windows makes for its own use",
        var n when n.EndsWith('~') || n.EndsWith(".bak", StringComparison.Ordinal) || n.EndsWith(".orig", StringComparison.Ordinal) => "a backup copy made by an editor or a merge",
        _ => null,
    };

    /// <summary>"en" for a Markdown file named en.md or en.notes.md (lowercase), otherwise null.</summary>
    private static string? CaseFileLanguage(string name)
    {
        var stem = name.EndsWith(NotesSuffix, StringComparison.Ordinal) ? name[..^NotesSuffix.Length] : Path.GetFileNameWithoutExtension(name);
        return LanguageFilePattern().IsMatch(stem) ? stem : null;
    }

    /// <summary>"en" for en.markdown, EN.txt or en.md.txt: a text file named like a case version, but not .md.</summary>
    /// <summary>
    /// The language of teaching notes named another way (fi.note.md, fi-notes.md, fi_notes.md, notes.fi.md, fi.notes.markdown,
    /// fi.notes.txt), or null.
    /// </summary>
    private static string? NotesFileLanguage(string name)
    {
        var match = NotesLike().Match(name.ToLowerInvariant());
        if (!match.Success) return null;
        var language = match.Groups["a"].Success ? match.Groups["a"].Value : match.Groups["b"].Value;
        var extension = match.Groups["ext"].Value;
        return extension == "md" || TextExtensions.Contains("." + extension) ? language : null;
    }

    [GeneratedRegex("^(?:(?<a>[a-z]{2,3})[._-]notes?|notes?[._-](?<b>[a-z]{2,3}))\\.(?<ext>[a-z]+)$")]
    private static partial Regex NotesLike();

    private static string? TextFileLanguage(string name)
    {
        var lowered = name.ToLowerInvariant();
        if (!TextExtensions.Any(e => lowered.EndsWith(e, StringComparison.Ordinal))) return null;
        var stem = lowered[..lowered.IndexOf('.', StringComparison.Ordinal)];
        return LanguageFilePattern().IsMatch(stem) && !lowered.Contains(".notes.", StringComparison.Ordinal) ? stem : null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_.-]*$")]
    private static partial Regex FileNamePattern();

    private static bool IsDocumentation(string name) =>
        name.Equals("README.md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".json", StringComparison.Ordinal);
}
