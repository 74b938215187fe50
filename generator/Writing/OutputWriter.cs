using CaseLibrary.Rendering;

namespace CaseLibrary.Writing;

/// <summary>
/// The only stage that writes. <see cref="Begin"/> opens a <see cref="StagedSite"/>: the files of a build stream into a
/// <see cref="StagingFolder"/> as they are rendered (every path checked before its bytes are queued); with <c>--pdf</c>
/// the PDFs are printed there, the marker of a build (<see cref="OutputFolderGuard.MarkerName"/>) is added, and the
/// folder is swapped into place, all only once the whole build and its check succeeded, so a failed build never leaves
/// a half-written site. The command line asks <see cref="OutputFolderGuard"/> first; here the folder is only checked
/// not to be, or lie under, a link, and (in the swap) to be replaceable.
/// </summary>
public sealed class OutputWriter
{
    private readonly int _writers;

    /// <param name="writers">Threads writing files while the site renders (one by default: it writes while both cores render; more was not measured yet).</param>
    public OutputWriter(int writers = 1)
    {
        _writers = writers;
    }

    /// <summary>Opens the staging folder of a build of <paramref name="outputFolder"/>; nothing replaces the output folder before <see cref="StagedSite.Finish"/>.</summary>
    /// <param name="interrupted">Cancelled when the build is interrupted (SIGINT, SIGTERM): the site refuses every later write and is never swapped in.</param>
    public StagedSite Begin(string outputFolder, CancellationToken interrupted = default)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        if (RealPath.FirstLink(target) is not null || !OutputFolderGuard.Replaceable(target))
            throw new IOException($"refusing to write the site into '{outputFolder}': it is a symbolic link, lies under one, or is not a folder written by an earlier build");
        return new StagedSite(new StagingFolder(target, interrupted), _writers, interrupted);
    }

    /// <summary>Writes a whole site held in memory (tests, small tools): <see cref="Begin"/>, every file, <see cref="StagedSite.Finish"/>.</summary>
    /// <param name="printer">With <c>--pdf</c>: prints <paramref name="pdfs"/> once every file is in the staging folder.</param>
    /// <returns>The previous site's folder, when it could not be deleted after the swap.</returns>
    public LeftoverFolder? Write(string outputFolder, IReadOnlyList<OutputFile> files, PdfPrinter? printer = null, IReadOnlyList<PdfJob>? pdfs = null)
    {
        using var site = Begin(outputFolder);
        foreach (var file in files) site.Add(file);
        return site.Finish(printer, pdfs);
    }
}
