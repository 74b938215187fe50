using CaseLibrary.Loading;

namespace CaseLibrary.Tests.Support;

/// <summary>A copy of the real theme in a temp folder, with or without the pinned package files (real copies, never links).</summary>
public static class ThemeCopy
{
    /// <summary>Copies theme/ (without node_modules) to <c>theme</c> in <paramref name="temp"/>; with <paramref name="packages"/>, also the pinned files of node_modules.</summary>
    public static string Write(TempFolder temp, bool packages = true)
    {
        var to = temp["theme"];
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Theme, file);
            if (relative.StartsWith("node_modules", StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
        if (packages) CopyPackages(RepoPaths.Theme, to);
        return to;
    }

    /// <summary>The files of node_modules the build reads, from <paramref name="fromTheme"/> to <paramref name="toTheme"/>.</summary>
    public static void CopyPackages(string fromTheme, string toTheme)
    {
        foreach (var relative in PinnedPackages.Files.Keys)
        {
            var target = Path.Combine(toTheme, "node_modules", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(fromTheme, "node_modules", relative), target);
        }
    }

    /// <summary>Every file and folder under <paramref name="root"/> with its size and modification time, links not followed.</summary>
    public static IReadOnlyList<string> Snapshot(string root) =>
        new DirectoryInfo(root).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Select(e => $"{Path.GetRelativePath(root, e.FullName)} {(e is FileInfo f ? f.Length : -1)} {e.LastWriteTimeUtc:O}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
