using CaseLibrary.Rendering;

namespace CaseLibrary.Writing;

/// <summary>
/// The only stage that writes. Writes the whole site into a fresh sibling folder, then swaps it into place, so a
/// failed build never leaves a half-written site; every path is checked to stay inside the output folder.
/// </summary>
public sealed class OutputWriter
{
    /// <param name="printer">With <c>--pdf</c>: prints <paramref name="pdfs"/> once every file is in the staging folder.</param>
    public void Write(string outputFolder, IReadOnlyList<OutputFile> files, PdfPrinter? printer = null, IReadOnlyList<PdfJob>? pdfs = null)
    {
        var target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new IOException("the output folder has no parent folder");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.new-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        try
        {
            var root = staging + Path.DirectorySeparatorChar;
            string Inside(string path)
            {
                var full = Path.GetFullPath(Path.Combine(staging, path));
                if (!full.StartsWith(root, StringComparison.Ordinal) || path.Contains('\\') || Path.IsPathRooted(path))
                    throw new InvalidOperationException($"refusing to write '{path}': it is outside the output folder");
                return full;
            }
            var targets = new string[files.Count];
            for (var i = 0; i < files.Count; i++) targets[i] = Inside(files[i].Path);
            // Every path is checked before the first byte is written; folders once each, then files in parallel
            // (thousands of small files: the time is system calls, which overlap well).
            foreach (var folder in targets.Select(Path.GetDirectoryName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                Directory.CreateDirectory(folder!);
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => File.WriteAllBytes(targets[i], files[i].Bytes));
            if (printer is not null && pdfs is { Count: > 0 }) printer.Print(staging, pdfs, Inside);
            if (Directory.Exists(target)) Directory.Move(target, retired);
            Directory.Move(staging, target);
            if (Directory.Exists(retired)) DeleteTree(retired);
        }
        catch
        {
            if (Directory.Exists(staging)) DeleteTree(staging);
            if (!Directory.Exists(target) && Directory.Exists(retired)) Directory.Move(retired, target);
            throw;
        }
    }

    /// <summary>
    /// Deletes a folder this writer made (staging, or the retired previous site): files in parallel, then the folders.
    /// Symbolic links are never followed: they are skipped here and unlinked by Directory.Delete.
    /// </summary>
    private static void DeleteTree(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }).ToList();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 4 }, File.Delete);
        Directory.Delete(folder, recursive: true);
    }
}
