using CaseLibrary.Rendering;

namespace CaseLibrary.Writing;

/// <summary>
/// The writer for a site held in memory (a build with <c>--pdf</c>, whose printer reads the pages): every path is
/// checked before the first byte is written, the files go into a <see cref="StagingFolder"/> in parallel, the PDFs
/// are printed there, and the folder is swapped into place. A plain build streams its files into the staging folder
/// as they are rendered instead (<see cref="StagingSink"/>).
/// </summary>
public sealed class OutputWriter
{
    /// <param name="printer">With <c>--pdf</c>: prints <paramref name="pdfs"/> once every file is in the staging folder.</param>
    public void Write(string outputFolder, IReadOnlyList<OutputFile> files, PdfPrinter? printer = null, IReadOnlyList<PdfJob>? pdfs = null)
    {
        using var staging = new StagingFolder(outputFolder);
        foreach (var file in files) staging.Inside(file.Path);
        // Thousands of small files: the time is system calls, which overlap well.
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => staging.Write(files[i].Path, files[i].Bytes));
        if (printer is not null && pdfs is { Count: > 0 }) printer.Print(staging.Folder, pdfs, staging.Inside);
        staging.Commit();
    }
}
