namespace CaseLibrary.Writing;

/// <summary>
/// Writes contributor files into the source tree for <c>caselib new</c> and <c>caselib schema</c>: a new file is
/// created only when nothing is there (never replaced), and every path must stay inside its folder.
/// </summary>
public sealed class SourceFileWriter
{
    /// <summary>Creates <paramref name="relativePath"/> under <paramref name="root"/>; false when the file already exists.</summary>
    public bool CreateNew(string root, string relativePath, string text)
    {
        var full = Inside(root, relativePath);
        var folder = new DirectoryInfo(Path.GetDirectoryName(full)!);
        if (folder.Exists && folder.LinkTarget is not null)
            throw new InvalidOperationException($"refusing to write into '{folder.Name}': it is a symbolic link");
        folder.Create();
        try
        {
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            var bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
            stream.Write(bytes);
            return true;
        }
        catch (IOException) when (File.Exists(full))
        {
            return false;
        }
    }

    /// <summary>
    /// Writes generated files into <paramref name="folder"/>, replacing earlier versions of the same files. Each file is
    /// written to a new, randomly named sibling created exclusively (so no committed link or FIFO is ever opened or
    /// followed) and renamed over the old entry, which replaces a link or a FIFO of that name instead of following it.
    /// </summary>
    public void Replace(string folder, IReadOnlyList<(string Name, string Text)> files)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in files)
        {
            var full = Inside(folder, name);
            if (Directory.Exists(full) && new DirectoryInfo(full).LinkTarget is null)
                throw new IOException($"'{name}' is a folder; delete or rename it, then run the command again");
            var staging = Path.Combine(Path.GetDirectoryName(full)!, $".{name}.{Guid.NewGuid():N}.new");
            try
            {
                using (var stream = new FileStream(staging, FileMode.CreateNew, FileAccess.Write))
                    stream.Write(new System.Text.UTF8Encoding(false).GetBytes(text));
                File.Move(staging, full, overwrite: true);
            }
            finally
            {
                if (File.Exists(staging)) File.Delete(staging);
            }
        }
    }

    private static string Inside(string root, string relativePath)
    {
        var fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(fullRoot, relativePath));
        if (!full.StartsWith(fullRoot, StringComparison.Ordinal) || Path.IsPathRooted(relativePath) || relativePath.Contains('\\'))
            throw new InvalidOperationException($"refusing to write '{relativePath}': it is outside '{root}'");
        return full;
    }
}
