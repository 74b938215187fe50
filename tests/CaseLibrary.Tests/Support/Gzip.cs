using System.IO.Compression;

namespace CaseLibrary.Tests.Support;

/// <summary>The search files the build stores gzip-compressed (<c>*.json.gz</c>), unpacked as the browser does.</summary>
public static class Gzip
{
    /// <summary>The bytes of a gzip file, unpacked; fails when they are not gzip (magic 1f 8b).</summary>
    public static byte[] Unpacked(byte[] bytes)
    {
        Assert.True(bytes is [0x1f, 0x8b, ..], "not gzip-compressed");
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var text = new MemoryStream();
        gzip.CopyTo(text);
        return text.ToArray();
    }

    public static System.Text.Json.JsonDocument Json(byte[] bytes) => System.Text.Json.JsonDocument.Parse(Unpacked(bytes));

    public static System.Text.Json.JsonDocument JsonFile(string path) => Json(File.ReadAllBytes(path));
}
