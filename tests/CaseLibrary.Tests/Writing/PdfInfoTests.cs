using System.Text;
using CaseLibrary.Writing;

namespace CaseLibrary.Tests.Writing;

/// <summary>The incremental update that gives a printed PDF its title and authors.</summary>
public sealed class PdfInfoTests
{
    /// <summary>A one-page PDF with a classic cross-reference table, the shape Chromium's Skia/PDF writes; offsets computed.</summary>
    private static byte[] MinimalPdf()
    {
        var objects = new[]
        {
            "<< /Title (Old title) >>",
            "<< /Type /Catalog /Pages 3 0 R >>",
            "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>",
        };
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = text.Length;
        text.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f\r\n");
        foreach (var offset in offsets) text.Append($"{offset:D10} 00000 n\r\n");
        text.Append($"trailer\n<</Size {objects.Length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    [Fact]
    public void Title_and_authors_are_appended_as_a_new_information_dictionary_that_the_trailer_points_to()
    {
        var original = MinimalPdf();
        var updated = PdfInfo.Update(original, new PdfMetadata("Lavoro (à Cork)", ["Nora Walsh", "Sinéad Kelly"], "it"));

        Assert.Equal(original, updated[..original.Length]);
        var appended = Encoding.ASCII.GetString(updated[original.Length..]);
        var title = "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes("Lavoro (à Cork)")) + ">";
        var author = "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes("Nora Walsh, Sinéad Kelly")) + ">";
        Assert.Contains("5 0 obj\n<< /Title " + title + " /Author " + author, appended);
        Assert.Contains("/Size 6 /Root 2 0 R /Info 5 0 R /Prev " + Encoding.ASCII.GetString(original).Split("startxref\n")[1].Split('\n')[0], appended);
        // The cross-reference entry points at the new object, and startxref at the new section.
        var objectAt = Encoding.ASCII.GetString(updated).IndexOf("5 0 obj", StringComparison.Ordinal);
        Assert.Contains($"xref\n5 1\n{objectAt:D10} 00000 n\r\n", appended);
        var xrefAt = Encoding.ASCII.GetString(updated).LastIndexOf("xref\n5 1", StringComparison.Ordinal);
        Assert.EndsWith($"startxref\n{xrefAt}\n%%EOF\n", appended);
        PdfTools.IfInstalled(() => Assert.Contains("Author:          Nora Walsh, Sinéad Kelly", PdfTools.Info(updated)));
    }

    [Fact]
    public void A_file_without_a_classic_trailer_is_left_unchanged()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /XRef >>\nendobj\nstartxref\n9\n%%EOF\n");
        Assert.Same(bytes, PdfInfo.Update(bytes, new PdfMetadata("T", [], "en")));
    }
}
