using CaseLibrary.Rendering;

namespace CaseLibrary.Writing;

/// <summary>
/// The only stage that writes: every path is checked before the first byte is written, the files go into a
/// <see cref="StagingFolder"/> in parallel, with <c>--pdf</c> the PDFs are printed there, the marker of a build
/// (<see cref="OutputFolderGuard.MarkerName"/>) is added, and the folder is swapped into place, so a failed build never
/// leaves a half-written site. The command line asks <see cref="OutputFolderGuard"/> first; here the folder is only
/// checked not to be, or lie under, a link, and (in the swap) to be replaceable.
/// </summary>
public sealed class OutputWriter
{
    /// <param name="printer">With <c>--pdf</c>: prints <paramref name="pdfs"/> once every file is in the staging folder.</param>
    public void Write(string outputFolder, IReadOnlyList<OutputFile> files, PdfPrinter? printer = null, IReadOnlyList<PdfJob>? pdfs = null)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        if (RealPath.FirstLink(target) is not null || !OutputFolderGuard.Replaceable(target))
            throw new IOException($"refusing to write the site into '{outputFolder}': it is a symbolic link, lies under one, or is not a folder written by an earlier build");
        using var staging = new StagingFolder(target);
        foreach (var file in files) staging.Inside(file.Path);
        // Thousands of small files: the time is system calls, which overlap well.
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => staging.Write(files[i].Path, files[i].Bytes));
        if (printer is not null && pdfs is { Count: > 0 }) printer.Print(staging.Folder, pdfs, staging.Inside);
        staging.Write(OutputFolderGuard.MarkerName, System.Text.Encoding.UTF8.GetBytes(OutputFolderGuard.MarkerText));
        staging.Commit();
    }
}
