using System.IO.Compression;
using System.Text;

namespace CaseLibrary.Benchmarks.Shared;

/// <summary>Compressed sizes: .NET's GZipStream (what a .NET host or build step would produce) and `gzip -9` when installed.</summary>
public static class Gzip
{
    public static long Size(string text, CompressionLevel level = CompressionLevel.Optimal) => Size(Encoding.UTF8.GetBytes(text), level);

    public static long Size(byte[] bytes, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, level, leaveOpen: true)) gzip.Write(bytes);
        return buffer.Length;
    }

    public static bool ToolInstalled => File.Exists("/usr/bin/gzip") || File.Exists("/bin/gzip");

    /// <summary>Size of `gzip -9 -n` of a file, or null when gzip is not installed.</summary>
    public static long? Size9(string path)
    {
        if (!ToolInstalled) return null;
        var result = ProcessRunner.RunChecked("sh", ["-c", "gzip -9 -n -c \"$1\" | wc -c", "sh", path]);
        return long.Parse(result.Stdout.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
