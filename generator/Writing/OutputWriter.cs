using CaseLibrary.Rendering;

namespace CaseLibrary.Writing;

/// <summary>
/// The only stage that writes: every path is checked before the first byte is written, the files go into a
/// <see cref="StagingFolder"/> in parallel, with <c>--pdf</c> the PDFs are printed there, and the folder is swapped
/// into place, so a failed build never leaves a half-written site.
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
