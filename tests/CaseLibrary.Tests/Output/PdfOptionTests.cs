using AngleSharp.Html.Parser;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>--pdf: a PDF per case version, linked from the page and the citation tags; a clear diagnostic without Chromium.</summary>
public sealed class PdfOptionTests
{
    [Fact]
    public void Without_chromium_the_pdf_build_fails_with_a_diagnostic_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("one/en.md", MiniLibrary.Case()));
        var environment = Caselib.Plain with { Chromium = temp["no-such-chromium"] };
        var outcome = Caselib.RunIn(environment, null, "build", "--source", cases, "--theme", RepoPaths.Theme, "--out", temp["public"], "--pdf");
        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.DiagnosticLines);
        Assert.Contains($"error CL0711: --pdf prints the cases with headless Chromium, which was not found at {temp["no-such-chromium"]}", line);
        Assert.Contains("nothing was written", outcome.Stderr);
        Assert.False(Directory.Exists(temp["public"]));
    }

    [Fact]
    public void With_chromium_every_case_version_gets_a_linked_pdf()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("one/en.md", MiniLibrary.Case(title: "First")), ("one/it.md", MiniLibrary.Case(title: "Primo", extra: "translators: [ann-smith]")));
        var outcome = Caselib.Build(cases, temp["public"], "--pdf");
        if (CaseLibrary.Loading.BrowserLocator.Find(configured: null) is null)
        {
            // No browser on this machine: the option must say so (CI installs Chromium, so there the branch below runs).
            Assert.Contains("CL0711", outcome.Stderr);
            return;
        }
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        foreach (var lang in new[] { "en", "it" })
        {
            var pdf = temp[$"public/{lang}/cases/one/one-{lang}.pdf"];
            Assert.True(File.Exists(pdf), pdf);
            Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdf)[..4]);
            var page = new HtmlParser().ParseDocument(File.ReadAllText(temp[$"public/{lang}/cases/one/index.html"]));
            Assert.Equal($"/{lang}/cases/one/one-{lang}.pdf", page.QuerySelector(".trainer-actions a[type='application/pdf']")!.GetAttribute("href"));
            Assert.Equal($"https://example.org/{lang}/cases/one/one-{lang}.pdf", page.QuerySelector("meta[name=citation_pdf_url]")!.GetAttribute("content"));
        }
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp["public"], ".print*", SearchOption.AllDirectories));
        Assert.Equal(["cases", "public"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Library_yaml_paper_sets_letter_per_language_and_the_others_stay_a4()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("one/en.md", MiniLibrary.Case(title: "First")), ("one/it.md", MiniLibrary.Case(title: "Primo", extra: "translators: [ann-smith]")));
        temp.Write("cases/library.yaml", MiniLibrary.LibraryYaml + "\npaper: {en: letter}\n");
        var withPdf = CaseLibrary.Loading.BrowserLocator.Find(configured: null) is not null;
        var outcome = withPdf ? Caselib.Build(cases, temp["public"], "--pdf") : Caselib.Build(cases, temp["public"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        // The pages say which paper they print on (the stylesheet's named page); A4 needs no mark.
        Assert.Contains("<html lang=\"en\" data-paper=\"letter\">", File.ReadAllText(temp["public/en/cases/one/index.html"]));
        Assert.Contains("<html lang=\"it\">", File.ReadAllText(temp["public/it/cases/one/index.html"]));
        if (!withPdf) return; // CI installs Chromium, so there the PDFs are checked too
        Assert.Equal(["/MediaBox [0 0 612 792]"], MediaBoxes(temp["public/en/cases/one/one-en.pdf"]));
        var a4 = Assert.Single(MediaBoxes(temp["public/it/cases/one/one-it.pdf"]));
        Assert.StartsWith("/MediaBox [0 0 594.9", a4, StringComparison.Ordinal); // 210 mm = 595.28 pt; Chromium rounds to whole pixels
    }

    [Theory]
    [InlineData("paper: B5", 5)]
    [InlineData("paper: {it: legal}", 5)]
    public void A_paper_size_other_than_a4_or_letter_is_an_error_at_the_key(string line, int lineNumber)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("one/en.md", MiniLibrary.Case()));
        temp.Write("cases/library.yaml", MiniLibrary.LibraryYaml + "\n" + line + "\n");
        var outcome = Caselib.Check(cases, temp.Path);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"library.yaml({lineNumber},1): error CL0104: 'paper' must be A4 or letter", outcome.Stderr);
    }

    private static List<string> MediaBoxes(string pdf) =>
        System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf)), @"/MediaBox \[[^\]]*\]")
            .Select(m => m.Value).Distinct().ToList();
}
