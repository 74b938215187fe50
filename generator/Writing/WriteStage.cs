using CaseLibrary.Configuration;
using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Model;
using CaseLibrary.Rendering;
using CaseLibrary.Rendering.Citations;

namespace CaseLibrary.Writing;

/// <summary>
/// The write stage: the output folder is staged before rendering (<see cref="Open"/>: files stream into it as they are
/// made) and swapped into place only after the check (<see cref="Finish"/>), with the PDFs printed from the case pages
/// when asked. A staged site disposed unfinished is deleted: nothing is written.
/// </summary>
public sealed class WriteStage(string output, DiagnosticBag diagnostics)
{
    /// <summary>
    /// With <c>--pdf</c>: the Chromium to print with, or null with CL0711 when it is not there (found before the pages
    /// are made, so that the run reports it with the other problems). Null without <c>--pdf</c>.
    /// </summary>
    public string? Chromium(bool pdf, string? wanted)
    {
        if (!pdf) return null;
        var chromium = BrowserLocator.Find(wanted);
        if (chromium is null)
            diagnostics.Error("CL0711", $"--pdf prints the cases with headless Chromium, which was not found at {BrowserLocator.Wanted(wanted)}: install it (Debian: apt-get install chromium) or set CASELIB_CHROMIUM to its full path", SourceLocation.StartOf(BrowserLocator.Wanted(wanted)));
        return chromium;
    }

    /// <summary>With --pdf: every case version's page and the PDF its page links to (the check expects them, the writer prints them).</summary>
    public static IReadOnlyList<PdfTarget> PdfTargets(LibraryModel model) =>
        model.Cases.SelectMany(study => study.Versions.Select(version =>
        {
            var authors = (version.Authors.Count > 0 ? version.Authors : study.Original.Authors).Select(a => model.Author(a.Id).Name).ToList();
            return new PdfTarget(SiteUrls.FileOf(SiteUrls.Case(version.Language, study.Id)), CitationFactory.PdfPath(version.Language, study.Id),
                new PdfMetadata(version.Title, authors, version.Language));
        })).ToList();

    /// <summary>The staging folder beside the output folder, which receives every file as it is made.</summary>
    public StagedSite Open() => new OutputWriter().Begin(output);

    /// <summary>The staged site swapped into place; with a Chromium, the PDFs printed first from the kept case pages.</summary>
    public void Finish(StagedSite staged, SiteConfig config, string? chromium, IReadOnlyList<PdfTarget> pdfs, IReadOnlyDictionary<string, OutputFile> kept)
    {
        var printer = chromium is null ? null : new PdfPrinter(chromium, config.BasePath, config.BaseUrl);
        try
        {
            staged.Finish(printer, printer is null ? null : pdfs.Select(p => new PdfJob(p.Page, kept[p.Page].Markup!, p.Pdf, p.Metadata)).ToList());
        }
        catch (PdfPrintException ex)
        {
            diagnostics.Error("CL0712", $"{ex.Message}; nothing was written", SourceLocation.StartOf(chromium!));
        }
    }
}
