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
            foreach (var file in files)
            {
                var full = Inside(file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, file.Bytes);
            }
            if (printer is not null && pdfs is { Count: > 0 }) printer.Print(staging, pdfs, Inside);
            if (Directory.Exists(target)) Directory.Move(target, retired);
            Directory.Move(staging, target);
            if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
        }
        catch
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            if (!Directory.Exists(target) && Directory.Exists(retired)) Directory.Move(retired, target);
            throw;
        }
    }
}
