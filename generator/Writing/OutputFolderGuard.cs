using CaseLibrary.Diagnostics;

namespace CaseLibrary.Writing;

/// <summary>
/// Decides, before anything is written, whether a build may put its site at an output path. A build replaces the whole
/// output folder, so it only ever replaces what an earlier build made: a folder that is missing, empty or carries
/// <see cref="MarkerName"/>. It never writes through a symbolic link, and never over the sources, the repository,
/// a <c>.git</c>, the current folder (or a parent of it) or the home folder. Paths are compared with links resolved.
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>The file every build writes at the top of its output: the sign that the folder may be replaced.</summary>
    public const string MarkerName = ".caselib-build";

    public const string MarkerText = "This folder was written by 'caselib build'. The next build deletes and replaces it; caselib only replaces folders that hold this file.\n";

    private static readonly EnumerationOptions Everything = new() { AttributesToSkip = 0, IgnoreInaccessible = true };

    // Every entry, hidden ones included, without entering symbolic links.
    private static readonly EnumerationOptions TreeWithoutLinks = new() { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };

    /// <summary>Why <paramref name="output"/> may not receive the site, or null when it may.</summary>
    /// <param name="display">How the output folder is named in the message (as the user wrote it).</param>
    public static Diagnostic? Refusal(string output, ProtectedFolders around, string display)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output, around.CurrentDirectory));
        var at = SourceLocation.StartOf(display);
        Diagnostic Error(string code, string message) => Diagnostic.Error(code, message, at);

        if (RealPath.FirstLink(target) is { } link)
            return link.Equals(target, RealPath.Comparison)
                ? Error("CL0720", $"the output folder '{display}' is a symbolic link (to '{new FileInfo(link).LinkTarget}'); a build replaces its output folder, which would delete what the link points to. Remove the link, or choose a real folder with --out")
                : Error("CL0721", $"the output folder '{display}' lies under '{link}', which is a symbolic link; a build never writes through a link. Choose an output folder whose path has no symbolic link, with --out");

        foreach (var (role, folder) in new[] { ("source", around.Source), ("theme", around.Theme) })
        {
            var real = RealPath.Of(Path.GetFullPath(folder, around.CurrentDirectory));
            if (RealPath.IsWithin(target, real) || RealPath.IsWithin(real, target))
                return Error("CL0722", $"the output folder '{display}' overlaps the {role} folder '{folder}'; a build replaces its whole output folder, so it must neither lie inside the {role} folder nor contain it. Choose another folder with --out, for example public");
        }

        var currentDirectory = RealPath.Of(around.CurrentDirectory);
        foreach (var repository in Repositories(around, currentDirectory))
            if (RealPath.IsWithin(repository, target))
                return Error("CL0723", $"the output folder '{display}' is or contains the repository '{repository}'; a build would replace it. Choose a folder inside the repository, for example public");

        if (RealPath.Parts(target).Any(p => p.Equals(".git", RealPath.Comparison)) || ContainsGit(target))
            return Error("CL0724", $"the output folder '{display}' is, lies inside or contains a '.git' folder, which holds a repository's history; a build would replace it. Choose another folder with --out");

        if (RealPath.IsWithin(currentDirectory, target))
            return Error("CL0725", $"the output folder '{display}' is the current folder or one of its parents; a build would replace everything in it. Choose a new folder inside it with --out, for example public");

        if (around.Home is { } home && RealPath.IsWithin(RealPath.Of(home), target))
            return Error("CL0726", $"the output folder '{display}' is your home folder or contains it; a build would replace it. Choose a new folder with --out, for example public");

        if (File.Exists(target))
            return Error("CL0727", $"the output '{display}' is a file, not a folder; a build never replaces a file. Choose a folder with --out, or delete the file yourself");

        for (var above = Path.GetDirectoryName(target); above is not null; above = Path.GetDirectoryName(above))
            if (File.Exists(above))
                return Error("CL0727", $"the output folder '{display}' lies under '{above}', which is a file, not a folder; no folder can be made inside a file. Choose another folder with --out, or move the file away yourself");

        if (!Replaceable(target))
            return Error("CL0728", $"the output folder '{display}' is not empty and was not made by caselib build (it has no {MarkerName} file); a build replaces its whole output folder and never deletes files it did not write. Choose an empty or new folder with --out, or delete this one yourself");
        return null;
    }

    /// <summary>True when <paramref name="folder"/> is missing, or a real (not linked) folder that is empty or carries the marker of an earlier build.</summary>
    public static bool Replaceable(string folder)
    {
        var info = new DirectoryInfo(folder);
        if (info.LinkTarget is not null) return false;
        if (!info.Exists) return !File.Exists(folder);
        var marker = new FileInfo(Path.Combine(folder, MarkerName));
        return (marker.Exists && marker.LinkTarget is null) || !Directory.EnumerateFileSystemEntries(folder, "*", Everything).Any();
    }

    /// <summary>The repositories around the work: the nearest folder holding '.git' above the source and above the current folder.</summary>
    private static IEnumerable<string> Repositories(ProtectedFolders around, string currentDirectory)
    {
        foreach (var start in new[] { RealPath.Of(Path.GetFullPath(around.Source, around.CurrentDirectory)), currentDirectory })
            for (var folder = start; folder is not null; folder = Path.GetDirectoryName(folder))
                if (Path.Exists(Path.Combine(folder, ".git")) || new FileInfo(Path.Combine(folder, ".git")).LinkTarget is not null)
                {
                    yield return folder;
                    break;
                }
    }

    private static bool ContainsGit(string folder) =>
        Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder, ".git", TreeWithoutLinks).Any();
}
