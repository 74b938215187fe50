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
/// when asked. A staged site disposed unfinished is deleted: nothing is written. Opening it first removes the staging
/// folders that killed builds left beside the output folder (<see cref="LeftoverStaging"/>).
/// </summary>
/// <param name="interrupted">Cancelled when the build is interrupted (SIGINT, SIGTERM): the staged site takes no more files and is never swapped in.</param>
public sealed class WriteStage(string output, DiagnosticBag diagnostics, CancellationToken interrupted = default)
{
    /// <summary>The staging folders of earlier, killed builds that <see cref="Open"/> deleted.</summary>
    public IReadOnlyList<string> RemovedLeftovers { get; private set; } = [];

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

    /// <summary>
    /// The staging folder beside the output folder, which receives every file as it is made; null with CL0730 when the
    /// file system refuses it (a file where a folder of the path should be, a folder that cannot be written). Staging
    /// folders that killed builds left behind are deleted first; one that cannot be deleted is the warning CL0731.
    /// </summary>
    public StagedSite? Open()
    {
        try
        {
            var site = new OutputWriter().Begin(output, interrupted);
            try
            {
                var (removed, kept) = LeftoverStaging.Remove(output);
                RemovedLeftovers = removed;
                foreach (var left in kept)
                    diagnostics.Warning("CL0731", $"'{left.Path}', the unfinished site of an earlier build that was stopped, could not be deleted ({left.Reason}); delete that folder yourself", SourceLocation.StartOf(left.Path));
            }
            catch
            {
                site.Dispose();
                throw;
            }
            return site;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            CannotWrite(ex);
            return null;
        }
    }

    /// <summary>
    /// The staged site swapped into place; with a Chromium, the PDFs printed first from the kept case pages. A site
    /// that cannot be written or swapped in is CL0730 (the previous site stays); a previous site that cannot be deleted
    /// after the swap is the warning CL0731 (the new site is in place).
    /// </summary>
    public void Finish(StagedSite staged, SiteConfig config, string? chromium, IReadOnlyList<PdfTarget> pdfs, IReadOnlyDictionary<string, OutputFile> kept)
    {
        var printer = chromium is null ? null : new PdfPrinter(chromium, config.BasePath, config.BaseUrl);
        try
        {
            if (staged.Finish(printer, printer is null ? null : pdfs.Select(p => new PdfJob(p.Page, kept[p.Page].Markup!, p.Pdf, p.Metadata)).ToList()) is { } old)
                diagnostics.Warning("CL0731", $"the new site is in place, but the previous one, moved aside to '{old.Path}', could not be deleted entirely ({old.Reason}); "
                    + "delete that folder yourself (a file in it may be marked immutable or read-only, or lie in a folder you cannot write)", SourceLocation.StartOf(old.Path));
            // The new site is in place: the previous sites that stopped builds had moved aside are no longer needed.
            var (removed, left) = LeftoverStaging.Remove(output, previousSites: true);
            RemovedLeftovers = [.. RemovedLeftovers, .. removed];
            foreach (var folder in left)
                diagnostics.Warning("CL0731", $"'{folder.Path}', a previous site that a build stopped while replacing it had moved aside, could not be deleted ({folder.Reason}); delete that folder yourself", SourceLocation.StartOf(folder.Path));
        }
        catch (PdfPrintException ex)
        {
            diagnostics.Error("CL0712", $"{ex.Message}; nothing was written", SourceLocation.StartOf(chromium!));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            CannotWrite(ex);
        }
    }

    /// <summary>Disposes a staged site that was not finished; a staging folder that could not be deleted is the warning CL0731.</summary>
    public void Discard(StagedSite? staged)
    {
        if (staged is null) return;
        staged.Dispose();
        if (staged.Leftover is { } left)
            diagnostics.Warning("CL0731", $"the unfinished site in '{left.Path}' could not be deleted ({left.Reason}); delete that folder yourself", SourceLocation.StartOf(left.Path));
    }

    private void CannotWrite(Exception ex) =>
        diagnostics.Error("CL0730", $"the site cannot be written to the output folder '{output}': {Why(ex)}; nothing was written, and a site already there is left as it was. "
            + "Choose another folder with --out, or make the folder that holds it writable for you", SourceLocation.StartOf(output));

    /// <summary>What the file system said, in the user's terms where a common cause can be named.</summary>
    private string Why(Exception ex)
    {
        for (var folder = Path.GetDirectoryName(output); folder is not null; folder = Path.GetDirectoryName(folder))
            if (File.Exists(folder)) return $"'{folder}' is a file, so no folder can be made inside it";
        return ex is UnauthorizedAccessException
            ? $"{ex.Message.TrimEnd('.')} (the build writes a hidden folder beside the output folder, in '{Path.GetDirectoryName(output)}', and swaps it in at the end)"
            : ex.Message.TrimEnd('.');
    }
}
