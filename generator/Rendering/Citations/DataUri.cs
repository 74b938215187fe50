using System.Text;

namespace CaseLibrary.Rendering.Citations;

/// <summary>
/// A <c>data:</c> URL holding a small text download (a citation file), so the case page carries it and the site needs
/// no file per format and case version. The text is percent-encoded as UTF-8, leaving as-is only the characters that
/// RFC 3986 allows in a path (unreserved, sub-delimiters other than '&amp;' and '\'', ':', '@', '/'), so the URL stays
/// readable and short; a link with a <c>download</c> attribute saves it under its file name.
/// </summary>
public static class DataUri
{
    public static string Of(string mediaType, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var uri = new StringBuilder("data:").Append(mediaType).Append(";charset=utf-8,");
        foreach (var b in bytes)
        {
            if (IsPlain(b)) uri.Append((char)b);
            else uri.Append('%').Append("0123456789ABCDEF"[b >> 4]).Append("0123456789ABCDEF"[b & 15]);
        }
        return uri.ToString();
    }

    private static bool IsPlain(byte b) =>
        b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9'
            or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' or (byte)'!' or (byte)'$' or (byte)'(' or (byte)')' or (byte)'*'
            or (byte)'+' or (byte)',' or (byte)';' or (byte)'=' or (byte)':' or (byte)'@' or (byte)'/';
}
