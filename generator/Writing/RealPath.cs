namespace CaseLibrary.Writing;

/// <summary>
/// Paths as the file system sees them: every symbolic link resolved (like realpath(3)), or the first link on the way.
/// Lexical paths (<see cref="Path.GetFullPath(string)"/>) are not enough to compare folders: a link makes two different
/// strings name one folder.
/// </summary>
internal static class RealPath
{
    private const int MaxLinks = 40;
    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>Ordinal on Linux; elsewhere the usual file systems ignore case.</summary>
    public static StringComparison Comparison => OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>The full path with every link resolved; the part that does not exist is kept as written.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            if (LinkTarget(next) is not { } target)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return full; // a loop: nothing can be created through it anyway
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target)!;
            foreach (var step in Parts(target).Reverse()) pending.Push(step);
        }
        return Path.TrimEndingDirectorySeparator(current);
    }

    /// <summary>The first folder or file on the way to <paramref name="fullPath"/> (itself included) that is a symbolic link, if any.</summary>
    public static string? FirstLink(string fullPath)
    {
        var current = Path.GetPathRoot(fullPath)!;
        foreach (var part in Parts(fullPath))
        {
            current = Path.Combine(current, part);
            if (LinkTarget(current) is not null) return current;
            if (!Path.Exists(current)) return null;
        }
        return null;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both full paths without links).</summary>
    public static bool IsWithin(string path, string folder) =>
        path.Equals(folder, Comparison)
        || path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, Comparison);

    public static IEnumerable<string> Parts(string path) =>
        path[Path.GetPathRoot(path)!.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
