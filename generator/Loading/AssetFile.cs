namespace CaseLibrary.Loading;

/// <summary>A binary file published as is; <see cref="RelativePath"/> uses '/' separators.</summary>
public sealed record AssetFile(string RelativePath, string DisplayPath, byte[] Bytes);
