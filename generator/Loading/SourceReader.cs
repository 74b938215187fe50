using System.Text;
using CaseLibrary.Diagnostics;

namespace CaseLibrary.Loading;

/// <summary>
/// The one place that reads files: checks that a path stays inside its root (symbolic links included),
/// caps sizes, decodes strict UTF-8 and normalises BOM and line ends.
/// </summary>
public sealed class SourceReader
{
    public const long MaxTextBytes = 4L * 1024 * 1024;
    public const long MaxAssetBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
        var relative = Path.GetRelativePath(_displayRoot, fullPath);
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>True when the entry (and, for a link, its final target) lies inside <paramref name="root"/>.</summary>
    public bool IsInside(FileSystemInfo entry, string root)
    {
        var fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        string target;
        try
        {
            target = entry.LinkTarget is null ? entry.FullName : entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? entry.FullName;
        }
        catch (IOException)
        {
            target = entry.FullName + Path.DirectorySeparatorChar + "..";
        }
        var full = Path.GetFullPath(target);
        if (full.StartsWith(fullRoot, StringComparison.Ordinal) || full + Path.DirectorySeparatorChar == fullRoot) return true;
        _diagnostics.Error("CL0203", $"'{entry.Name}' is a link to a place outside '{Display(root)}'; it is not read", SourceLocation.StartOf(Display(entry.FullName)));
        return false;
    }

    public SourceFile? ReadText(FileInfo file)
    {
        if (_cache?.FindText(file) is { } known) return known;
        var display = Display(file.FullName);
        var bytes = ReadBytes(file, MaxTextBytes);
        if (bytes is null) return null;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var (line, column) = PositionOfByte(bytes, Math.Max(0, ex.Index));
            _diagnostics.Error("CL0204", "the file is not valid UTF-8; save it as UTF-8", new SourceLocation(display, line, column));
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
        if (file.Length > limit)
        {
            _diagnostics.Error("CL0205", $"the file is {file.Length / (1024 * 1024)} MiB; the limit is {limit / (1024 * 1024)} MiB", SourceLocation.StartOf(Display(file.FullName)));
            return null;
        }
        try
        {
            if (_cache?.Find(file) is { } cached) return cached;
            var bytes = File.ReadAllBytes(file.FullName);
            _cache?.Add(file, bytes);
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Error("CL0206", $"cannot read the file: {ex.Message}", SourceLocation.StartOf(Display(file.FullName)));
            return null;
        }
    }

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
