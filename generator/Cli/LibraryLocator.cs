namespace CaseLibrary.Cli;

/// <summary>
/// Finds the library when a command runs in a subfolder of the repository: the nearest folder above the current one
/// that holds both <c>cases/</c> and <c>theme/</c>, searched no higher than the repository's root (the folder that
/// holds <c>.git</c>). Outside a repository nothing above is searched, so a command never picks up an unrelated folder.
/// </summary>
public static class LibraryLocator
{
    public static string? FindAbove(string currentDirectory)
    {
        var repository = RepositoryRoot(currentDirectory);
        if (repository is null) return null;
        for (var folder = Directory.GetParent(Path.TrimEndingDirectorySeparator(currentDirectory)); folder is not null; folder = folder.Parent)
        {
            if (IsLibrary(folder.FullName)) return folder.FullName;
            if (string.Equals(folder.FullName, repository, StringComparison.Ordinal)) break;
        }
        return null;
    }

    private static bool IsLibrary(string folder) =>
        Directory.Exists(Path.Combine(folder, "cases")) && Directory.Exists(Path.Combine(folder, "theme"));

    private static string? RepositoryRoot(string currentDirectory)
    {
        for (var folder = new DirectoryInfo(currentDirectory); folder is not null; folder = folder.Parent)
            if (Path.Exists(Path.Combine(folder.FullName, ".git"))) return folder.FullName;
        return null;
    }
}
