using CaseLibrary.Writing;

namespace CaseLibrary.Loading;

/// <summary>
/// Finds the programs the build starts (<c>node</c>, <c>npm</c>) as absolute paths. A bare name would let .NET's
/// Process.Start look in the current folder first, that is, run a file a pull request commits at the repository root;
/// so only the absolute folders of PATH are searched, never an empty, relative or "." entry, and never a folder inside
/// the sources, the theme or the repository around them, which a pull request can fill.
/// </summary>
public sealed class ProgramLocator
{
    /// <summary>Finds nothing: the build then falls back or reports Node and npm as missing.</summary>
    public static readonly ProgramLocator None = new(null, []);

    private readonly IReadOnlyList<string> _folders;

    /// <param name="searchPath">PATH as the command line read it (entries separated by <see cref="Path.PathSeparator"/>); null when unset.</param>
    /// <param name="untrusted">Folders a pull request controls; PATH entries inside them (links resolved) are skipped.</param>
    public ProgramLocator(string? searchPath, IEnumerable<string> untrusted)
    {
        var refused = untrusted.Where(f => f.Length > 0 && Path.IsPathFullyQualified(f)).Select(RealPath.Of).ToList();
        _folders = (searchPath ?? "")
            .Split(Path.PathSeparator)
            .Where(Path.IsPathFullyQualified)
            .Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f)))
            .Where(f => !refused.Any(r => RealPath.IsWithin(RealPath.Of(f), r)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The folders searched, in PATH order: also the PATH of the programs started, so that npm's own
    /// <c>#!/usr/bin/env node</c> cannot find a <c>node</c> in the theme folder either.</summary>
    public IReadOnlyList<string> Folders => _folders;

    public string SearchPath => string.Join(Path.PathSeparator, _folders);

    /// <summary>The absolute path of the first executable regular file named <paramref name="name"/>; null when there is none.</summary>
    public string? Find(string name) => _folders.Select(f => Path.Combine(f, name)).FirstOrDefault(IsExecutable);

    private static bool IsExecutable(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return false;
            if (OperatingSystem.IsWindows()) return true;
            const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            return (File.GetUnixFileMode(path) & anyExecute) != 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// The folders a pull request controls: the source and the theme, and the nearest repository (folder holding '.git')
    /// around each of them and around the current folder. The current folder itself is not refused when it is no
    /// repository: it may be the user's home, whose tools (~/.local/bin, nvm) are the user's own.
    /// </summary>
    public static IReadOnlyList<string> Untrusted(string source, string theme, string? currentDirectory)
    {
        var folders = new List<string> { source, theme };
        foreach (var start in new[] { source, theme, currentDirectory })
        {
            if (start is not { Length: > 0 } || !Path.IsPathFullyQualified(start)) continue;
            for (var folder = RealPath.Of(start); folder is not null; folder = Path.GetDirectoryName(folder))
                if (Path.Exists(Path.Combine(folder, ".git")) || new FileInfo(Path.Combine(folder, ".git")).LinkTarget is not null)
                {
                    folders.Add(folder);
                    break;
                }
        }
        return folders;
    }
}
