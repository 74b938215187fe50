namespace CaseLibrary.Loading;

/// <summary>A text file as read: display path (relative, '/' separators) and text (BOM removed, line ends LF).</summary>
public sealed record SourceFile(string Path, string Text);
