using System.Collections.Concurrent;

namespace CaseLibrary.Loading;

/// <summary>
/// Bytes and decoded texts of files already read, by full path, size and modification time: <c>serve</c> re-reads only files that
/// changed. Files with problems (too large, invalid UTF-8) are never cached, so their diagnostics come back.
/// </summary>
public sealed class SourceFileCache
{
    private readonly ConcurrentDictionary<string, (long Length, DateTime Modified, byte[] Bytes)> _files = new(StringComparer.Ordinal);

    internal byte[]? Find(FileInfo file) =>
        _files.TryGetValue(file.FullName, out var entry) && entry.Length == file.Length && entry.Modified == file.LastWriteTimeUtc ? entry.Bytes : null;

    internal void Add(FileInfo file, byte[] bytes) => _files[file.FullName] = (file.Length, file.LastWriteTimeUtc, bytes);

    private readonly ConcurrentDictionary<string, (long Length, DateTime Modified, SourceFile Text)> _texts = new(StringComparer.Ordinal);

    /// <summary>The decoded text of an unchanged file (only texts that decoded without a problem are kept).</summary>
    internal SourceFile? FindText(FileInfo file) =>
        _texts.TryGetValue(file.FullName, out var entry) && entry.Length == file.Length && entry.Modified == file.LastWriteTimeUtc ? entry.Text : null;

    internal void AddText(FileInfo file, SourceFile text) => _texts[file.FullName] = (file.Length, file.LastWriteTimeUtc, text);
}
