using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Writing;

/// <summary>
/// --pdf prints handouts, not web pages: A4, a running title and page numbers, title/author/language metadata, no
/// addresses of the site's own pages printed after links, no citation download links, and the case starting on page 1.
/// </summary>
public sealed class PdfPaperTests
{
    [Fact]
    public void The_pdf_is_a4_with_metadata_page_numbers_and_no_internal_addresses()
    {
        if (CaseLibrary.Loading.BrowserLocator.Find(configured: null) is null || !PdfTools.Installed) return; // CI installs both; PdfOptionTests covers a missing browser
        using var temp = new TempFolder();
        var paragraphs = string.Join("\n\n", Enumerable.Range(1, 40).Select(n => $"Paragraph {n} of the case, long enough to fill a line of print with words that wrap across the page."));
        var body = $"## Context\n\nFirstParagraphMarker opens the case. See [another site](https://other.example/page) and [the library](../).\n\n{paragraphs}\n";
        var cases = MiniLibrary.Write(temp, ("one/en.md", MiniLibrary.Case(title: "Harbour outreach", body: body)));

        var outcome = Caselib.Build(cases, temp["public"], "--pdf");

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var pdf = temp["public/en/cases/one/one-en.pdf"];
        var info = PdfTools.Info(pdf);
        Assert.Contains("(A4)", info);
        Assert.Matches(@"Title:\s+Harbour outreach\n", info);
        Assert.Matches(@"Author:\s+Ann Smith\n", info);
        Assert.Contains("/Lang (en)", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf)));
        var pages = int.Parse(System.Text.RegularExpressions.Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value);
        Assert.True(pages >= 2, $"the long case printed on {pages} page(s)");

        var first = PdfTools.Text(pdf, 1);
        Assert.Contains("FirstParagraphMarker", first); // the case starts on the first page
        Assert.Contains($"1 / {pages}", first.Replace("1/", "1 / "));
        var second = PdfTools.Text(pdf, 2);
        Assert.Contains("Harbour outreach", second); // the running title
        var text = PdfTools.Text(pdf);
        Assert.Contains("https://other.example/page", text); // an external address may print
        Assert.DoesNotContain("https://example.org/en/authors", text);
        Assert.DoesNotContain("https://example.org/en/competences", text);
        Assert.DoesNotContain("https://example.org/en/cases/)", text);
        Assert.DoesNotContain("BibTeX", text);
    }
}
