using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CaseLibrary.Writing;

/// <summary>
/// Sets the document information (Title, Author) of a PDF that Chromium printed, by an incremental update: a new
/// information dictionary, a one-entry cross-reference section and a trailer pointing back to the previous one are
/// appended, the printed bytes are left as they were (PDF 1.7, 7.5.6). Why: Chromium's print-to-PDF takes the title
/// from &lt;title&gt; and cannot set an author at all. Pure: bytes in, bytes out. A file whose last trailer is not a
/// classic one (a cross-reference stream) is returned unchanged.
/// </summary>
public static partial class PdfInfo
{
    public static byte[] Update(byte[] pdf, PdfMetadata metadata)
    {
        var tail = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 2048), Math.Min(pdf.Length, 2048));
        var trailerAt = tail.LastIndexOf("trailer", StringComparison.Ordinal);
        var startAt = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (trailerAt < 0 || startAt < trailerAt) return pdf;
        var trailer = tail[trailerAt..startAt];
        var size = SizePattern().Match(trailer);
        var root = RootPattern().Match(trailer);
        var previous = NumberPattern().Match(tail[(startAt + "startxref".Length)..]);
        if (!size.Success || !root.Success || !previous.Success) return pdf;

        var number = int.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture);
        var output = new MemoryStream(pdf.Length + 1024);
        output.Write(pdf);
        if (pdf[^1] != '\n') output.WriteByte((byte)'\n');
        var objectAt = output.Length;
        var info = new StringBuilder();
        info.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n<< /Title {Text(metadata.Title)}");
        if (metadata.Authors.Count > 0) info.Append(" /Author ").Append(Text(string.Join(", ", metadata.Authors)));
        info.Append(" /Creator (CaseLibrary) /Producer (Chromium, Skia/PDF) >>\nendobj\n");
        Write(output, info.ToString());
        var xrefAt = output.Length;
        Write(output, string.Create(CultureInfo.InvariantCulture,
            $"xref\n{number} 1\n{objectAt:D10} 00000 n\r\ntrailer\n<< /Size {number + 1} /Root {root.Groups[1].Value} R /Info {number} 0 R /Prev {previous.Value} >>\nstartxref\n{xrefAt}\n%%EOF\n"));
        return output.ToArray();
    }

    /// <summary>A PDF text string: UTF-16BE with its byte order mark, written in hex so no character needs escaping.</summary>
    private static string Text(string value)
    {
        var hex = new StringBuilder("<FEFF");
        foreach (var b in Encoding.BigEndianUnicode.GetBytes(value)) hex.Append(b.ToString("X2", CultureInfo.InvariantCulture));
        return hex.Append('>').ToString();
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"/Root\s+(\d+\s+\d+)\s+R")]
    private static partial Regex RootPattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberPattern();
}
