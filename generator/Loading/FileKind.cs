namespace CaseLibrary.Loading;

/// <summary>What a folder entry is, seen without following symbolic links.</summary>
public enum FileKind
{
    Missing,
    File,
    Folder,
    Link,
    /// <summary>A FIFO, socket or device: never read.</summary>
    Special,
    /// <summary>A regular file with more than one name: a hard link can name a file anywhere on the disk, and git never makes one.</summary>
    HardLinked,
}
