using System.Globalization;
using System.Text;
using CaseLibrary.Diagnostics;

namespace CaseLibrary.Loading;

/// <summary>
/// The one place that reads files and lists folders. Nothing is reached through a symbolic link: folders are listed
/// without following links, every entry is looked at with lstat, and symbolic links, FIFOs, sockets, devices and
/// hard-linked files are reported and never opened. A file is read through a handle that is checked to be the plain
/// file that was listed, up to a size limit counted on the bytes actually read. Text is strict UTF-8, BOM and line
/// ends normalised.
/// </summary>
public sealed class SourceReader
{
    public const long MaxTextBytes = 4L * 1024 * 1024;
    public const long MaxAssetBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        ReturnSpecialDirectories = false,
        MatchType = MatchType.Simple,
    };

    private readonly string _displayRoot;
    private readonly DiagnosticBag _diagnostics;

    private readonly SourceFileCache? _cache;

    public SourceReader(string displayRoot, DiagnosticBag diagnostics, SourceFileCache? cache = null)
    {
        _displayRoot = Path.GetFullPath(displayRoot);
        _diagnostics = diagnostics;
        _cache = cache;
    }

    public string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(_displayRoot, Path.GetFullPath(fullPath));
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>What <paramref name="path"/> is, without following a link; a link, special file or hard link is reported.</summary>
    public FileKind Inspect(string path)
    {
        var kind = FileProbe.Look(path).Kind;
        Report(path, kind);
        return kind;
    }

    /// <summary>The plain files and folders in <paramref name="folder"/> (one level, ordinal order); every other entry is reported.</summary>
    public IReadOnlyList<FileSystemInfo> Entries(DirectoryInfo folder)
    {
        var result = new List<FileSystemInfo>();
        foreach (var path in List(folder.FullName))
        {
            var kind = Inspect(path);
            if (kind == FileKind.File) result.Add(new FileInfo(path));
            else if (kind == FileKind.Folder) result.Add(new DirectoryInfo(path));
        }
        return result;
    }

    /// <summary>
    /// Every plain file under <paramref name="folder"/>, at any depth, in ordinal order of their paths; links are
    /// reported and never entered, so link loops cannot make the walk long. Top-level entries named in
    /// <paramref name="skipFolders"/> are left out when they are plain folders (a link of that name is still reported).
    /// </summary>
    public IReadOnlyList<FileInfo> FilesUnder(DirectoryInfo folder, params string[] skipFolders)
    {
        var files = new List<FileInfo>();
        var pending = new Stack<(string Path, bool Top)>();
        pending.Push((folder.FullName, true));
        while (pending.Count > 0)
        {
            var (current, top) = pending.Pop();
            foreach (var path in List(current))
            {
                var kind = Inspect(path);
                if (kind == FileKind.File) files.Add(new FileInfo(path));
                else if (kind == FileKind.Folder && !(top && skipFolders.Contains(Path.GetFileName(path), StringComparer.Ordinal)))
                    pending.Push((path, false));
            }
        }
        return files.OrderBy(f => f.FullName, StringComparer.Ordinal).ToList();
    }

    public SourceFile? ReadText(FileInfo file)
    {
        if (_cache?.FindText(file) is { } known && FileProbe.Look(file.FullName).Kind == FileKind.File) return known;
        var display = Display(file.FullName);
        var bytes = ReadBytes(file, MaxTextBytes);
        if (bytes is null) return null;
        if (IsUtf32(bytes))
        {
            _diagnostics.Error("CL0204", $"the file is saved as UTF-32, not UTF-8: {SaveAsUtf8}", new SourceLocation(display, 1, 1));
            return null;
        }
        if (IsUtf16(bytes))
        {
            _diagnostics.Error("CL0204", $"the file is saved as UTF-16 (which Windows calls \"Unicode\"), not UTF-8: {SaveAsUtf8}", new SourceLocation(display, 1, 1));
            return null;
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var (line, column) = PositionOfByte(bytes, Math.Max(0, ex.Index));
            _diagnostics.Error("CL0204", $"the file is not valid UTF-8, so the letter here cannot be read (it was probably saved as Windows-1252, \"ANSI\" or Latin-1): {SaveAsUtf8}, then check this letter", new SourceLocation(display, line, column));
            return null;
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var source = new SourceFile(display, text);
        _cache?.AddText(file, source);
        return source;
    }

    public byte[]? ReadBytes(FileInfo file, long limit)
    {
        var location = SourceLocation.StartOf(Display(file.FullName));
        var (kind, device, inode) = FileProbe.Look(file.FullName);
        if (kind != FileKind.File)
        {
            if (kind == FileKind.Missing) _diagnostics.Error("CL0206", "cannot read the file: it is gone", location);
            Report(file.FullName, kind);
            return null;
        }
        if (file.Length > limit)
        {
            _diagnostics.Error("CL0205", TooLarge(file.Length, limit), location);
            return null;
        }
        if (_cache?.Find(file) is { } cached) return cached;
        try
        {
            using var handle = FileProbe.Open(file.FullName, device, inode, out var problem);
            if (handle is null)
            {
                _diagnostics.Error("CL0206", $"cannot read the file: {problem}", location);
                return null;
            }
            using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
            var bytes = ReadAtMost(stream, limit);
            if (bytes is null)
            {
                _diagnostics.Error("CL0205", $"the file is larger than the limit of {Amount(limit)}", location);
                return null;
            }
            _cache?.Add(file, bytes);
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Error("CL0206", $"cannot read the file: {Reason(ex, file.FullName)}", location);
            return null;
        }
    }

    /// <summary>The bytes of <paramref name="stream"/>, or null past <paramref name="limit"/> (counted as read: /proc files report length 0).</summary>
    private static byte[]? ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private IEnumerable<string> List(string folder)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries(folder, "*", OneLevel).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Error("CL0206", $"cannot read the folder: {Reason(ex, folder)}", SourceLocation.StartOf(Display(folder)));
            return [];
        }
    }

    /// <summary>The exception's message with the absolute path replaced by the display path (messages name files as the user sees them).</summary>
    private string Reason(Exception ex, string path) =>
        ex is UnauthorizedAccessException ? "permission denied" : ex.Message.Replace(Path.GetFullPath(path), Display(path), StringComparison.Ordinal);

    private void Report(string path, FileKind kind)
    {
        var location = SourceLocation.StartOf(Display(path));
        switch (kind)
        {
            case FileKind.Link:
                _diagnostics.Error("CL0203", "this is a symbolic link, and links are never followed in the content and theme folders: replace it with the real file or folder", location);
                break;
            case FileKind.Special:
                _diagnostics.Error("CL0220", "this is not a regular file or folder (a FIFO, socket or device), so it is never read: delete it", location);
                break;
            case FileKind.HardLinked:
                _diagnostics.Error("CL0221", "this file is a hard link (it has more than one name, and the other may be anywhere on the disk), so it is never read: replace it with a copy", location);
                break;
        }
    }

    private const string SaveAsUtf8 = "save it as UTF-8 (in most editors: Save As… → Encoding: UTF-8)";

    /// <summary>
    /// "the file is 4.8 MiB; the limit is 4 MiB": sizes to one decimal, or in bytes when that would show the two as the
    /// same (a file just over the limit is not "4 MiB; the limit is 4 MiB").
    /// </summary>
    internal static string TooLarge(long bytes, long limit) => Amount(bytes) != Amount(limit)
        ? $"the file is {Amount(bytes)}; the limit is {Amount(limit)}"
        : $"the file is {Bytes(bytes)}; the limit is {Bytes(limit)} ({Amount(limit)})";

    /// <summary>"4.8 MiB" from 1 MiB up, to one decimal; "1,000 bytes" below.</summary>
    internal static string Amount(long bytes) =>
        bytes >= 1024 * 1024 ? (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB" : Bytes(bytes);

    private static string Bytes(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes";

    /// <summary>A UTF-32 byte order mark, or text whose first character takes four bytes, three of them zero.</summary>
    private static bool IsUtf32(byte[] bytes) =>
        bytes.Length >= 4 && ((bytes[0], bytes[1], bytes[2], bytes[3]) is (0xFF, 0xFE, 0, 0) or (0, 0, 0xFE, 0xFF)
            || bytes[0] != 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0
            || bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] != 0);

    /// <summary>A UTF-16 byte order mark, or text whose every other byte is zero (UTF-16 without one).</summary>
    private static bool IsUtf16(byte[] bytes) =>
        bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF)
        || bytes.Length >= 4 && (bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0 && bytes[2] != 0 || bytes[0] == 0 && bytes[2] == 0 && bytes[1] != 0 && bytes[3] != 0);

    private static (int Line, int Column) PositionOfByte(byte[] bytes, int index)
    {
        int line = 1, column = 1;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') { line++; column = 1; }
            else if ((bytes[i] & 0xC0) != 0x80) column++;
        }
        return (line, column);
    }
}
