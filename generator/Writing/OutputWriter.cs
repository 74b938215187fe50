using CaseLibrary.Rendering;

namespace CaseLibrary.Writing;

/// <summary>
/// The only stage that writes. Writes the whole site into a fresh sibling folder, then swaps it into place, so a
/// failed build never leaves a half-written site; every path is checked to stay inside the output folder.
/// </summary>
public sealed class OutputWriter
{
    public void Write(string outputFolder, IReadOnlyList<OutputFile> files)
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
            foreach (var file in files)
            {
                var full = Path.GetFullPath(Path.Combine(staging, file.Path));
                if (!full.StartsWith(root, StringComparison.Ordinal) || file.Path.Contains('\\') || Path.IsPathRooted(file.Path))
                    throw new InvalidOperationException($"refusing to write '{file.Path}': it is outside the output folder");
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, file.Bytes);
            }
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
