using System.Security.Cryptography;

namespace CaseLibrary.Tests.Support;

/// <summary>
/// Every entry under a folder, without following links: files by content hash, links by their target, folders by
/// name. Two snapshots are equal when nothing was created, changed, deleted or re-pointed.
/// </summary>
public static class FolderSnapshot
{
    public static SortedDictionary<string, string> Of(string folder, Func<string, bool>? skip = null)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(folder, folder, entries, skip ?? (_ => false));
        return entries;
    }

    private static void Walk(string root, string folder, SortedDictionary<string, string> entries, Func<string, bool> skip)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(root, entry.FullName).Replace(Path.DirectorySeparatorChar, '/');
            if (skip(relative)) continue;
            if (entry.LinkTarget is { } target) entries[relative] = "link -> " + target;
            else if (entry is DirectoryInfo)
            {
                entries[relative] = "folder";
                Walk(root, entry.FullName, entries, skip);
            }
            else entries[relative] = "file " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)));
        }
    }
}
