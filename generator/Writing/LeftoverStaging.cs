using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CaseLibrary.Writing;

/// <summary>
/// The safety net for builds that were killed (SIGKILL, a power cut): their staging folders stay beside the output
/// folder. The next build of the same output removes those that are verifiably a build's: a real folder (not a link)
/// named exactly as <see cref="StagingFolder"/> names one for this output, <c>.&lt;name&gt;.new-&lt;pid&gt;-&lt;32 hex digits&gt;</c>,
/// whose process is no longer running (a build still running, this one included, keeps its folder). Nothing else is
/// looked at, and nothing behind a link is followed.
/// A build stopped while it swapped its site in leaves the previous site moved aside, <c>.&lt;name&gt;.old-&lt;pid&gt;-&lt;32 hex&gt;</c>:
/// it may be the only copy of a site (the output folder was not there yet), so it is removed only once a later build's
/// site is in place, and only when it is a build's site (it carries the marker, or is empty).
/// </summary>
public static partial class LeftoverStaging
{
    [GeneratedRegex("^(?<kind>new|old)-(?<pid>[1-9][0-9]{0,9})-[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex RunName();

    // Every entry of the folder, hidden ones included (a staging folder's name starts with a dot).
    private static readonly EnumerationOptions Entries = new() { AttributesToSkip = 0, IgnoreInaccessible = true };

    /// <summary>
    /// Deletes the staging folders of <paramref name="outputFolder"/> that builds no longer running left beside it, or,
    /// with <paramref name="previousSites"/> (after a site was swapped in), the previous sites they had moved aside.
    /// Returns the folders deleted and those that could not be deleted entirely (with why).
    /// </summary>
    public static (IReadOnlyList<string> Removed, IReadOnlyList<LeftoverFolder> Kept) Remove(string outputFolder, bool previousSites = false)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var parent = Path.GetDirectoryName(target);
        var removed = new List<string>();
        var kept = new List<LeftoverFolder>();
        if (parent is null || !Directory.Exists(parent)) return (removed, kept);
        var prefix = $".{Path.GetFileName(target)}.";
        foreach (var entry in Directory.EnumerateFileSystemEntries(parent, "*", Entries).Order(StringComparer.Ordinal).ToList())
        {
            if (!IsLeftover(entry, prefix, previousSites ? "old" : "new")) continue;
            if (previousSites && !OutputFolderGuard.Replaceable(entry)) continue;
            if (StagingFolder.TryDelete(entry) is { } left) kept.Add(left);
            else removed.Add(entry);
        }
        return (removed, kept);
    }

    /// <summary>True for a real folder named <c>&lt;prefix&gt;&lt;kind&gt;-&lt;pid&gt;-&lt;guid&gt;</c> whose process is not running.</summary>
    private static bool IsLeftover(string entry, string prefix, string kind)
    {
        var name = Path.GetFileName(entry);
        if (!name.StartsWith(prefix, StringComparison.Ordinal)) return false;
        var match = RunName().Match(name[prefix.Length..]);
        if (!match.Success || match.Groups["kind"].Value != kind || !int.TryParse(match.Groups["pid"].Value, out var pid)) return false;
        var info = new DirectoryInfo(entry);
        if (info.LinkTarget is not null || !info.Exists) return false;
        return !Running(pid);
    }

    /// <summary>Whether a process with this id runs on this machine (when in doubt, it does: its folder is kept).</summary>
    private static bool Running(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return true;
        }
    }
}
