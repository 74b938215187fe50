using Microsoft.Win32.SafeHandles;
using Mono.Unix.Native;

namespace CaseLibrary.Loading;

/// <summary>
/// The file system seen without following links: the kind of an entry (lstat), and a read handle that is opened
/// only if the path still names the very file that was looked at (no link followed, same device and inode).
/// </summary>
internal static class FileProbe
{
    /// <summary>The kind of <paramref name="path"/> itself and its identity (device, inode; 0 on Windows).</summary>
    public static (FileKind Kind, ulong Device, ulong Inode) Look(string path)
    {
        if (OperatingSystem.IsWindows()) return (LookOnWindows(path), 0, 0);
        if (Syscall.lstat(path, out var stat) != 0) return (FileKind.Missing, 0, 0);
        return (KindOf(stat), stat.st_dev, stat.st_ino);
    }

    /// <summary>
    /// A handle on <paramref name="path"/> if it is still a plain file with the identity <paramref name="device"/>/<paramref name="inode"/>;
    /// otherwise null and the reason. The last component is opened without following a link (O_NOFOLLOW), without
    /// blocking on a FIFO (O_NONBLOCK), and the identity check catches a folder on the way swapped for a link.
    /// </summary>
    public static SafeFileHandle? Open(string path, ulong device, ulong inode, out string? problem)
    {
        problem = null;
        if (OperatingSystem.IsWindows())
        {
            if (LookOnWindows(path) != FileKind.File) { problem = "it changed while it was read"; return null; }
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        var fd = Syscall.open(path, OpenFlags.O_RDONLY | OpenFlags.O_NOFOLLOW | OpenFlags.O_NONBLOCK | OpenFlags.O_CLOEXEC);
        if (fd < 0)
        {
            var errno = Stdlib.GetLastError();
            problem = errno == Errno.ELOOP ? "it changed into a symbolic link while it was read" : Stdlib.strerror(errno);
            return null;
        }
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        if (Syscall.fstat(fd, out var stat) != 0 || KindOf(stat) != FileKind.File || stat.st_dev != device || stat.st_ino != inode)
        {
            handle.Dispose();
            problem = "it changed while it was read";
            return null;
        }
        return handle;
    }

    private static FileKind KindOf(Stat stat) => (stat.st_mode & FilePermissions.S_IFMT) switch
    {
        FilePermissions.S_IFREG => stat.st_nlink > 1 ? FileKind.HardLinked : FileKind.File,
        FilePermissions.S_IFDIR => FileKind.Folder,
        FilePermissions.S_IFLNK => FileKind.Link,
        _ => FileKind.Special,
    };

    private static FileKind LookOnWindows(string path)
    {
        FileAttributes attributes;
        try { attributes = File.GetAttributes(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return FileKind.Missing; }
        if (attributes.HasFlag(FileAttributes.ReparsePoint)) return FileKind.Link;
        if (attributes.HasFlag(FileAttributes.Device)) return FileKind.Special;
        return attributes.HasFlag(FileAttributes.Directory) ? FileKind.Folder : FileKind.File;
    }
}
