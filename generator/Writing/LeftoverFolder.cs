namespace CaseLibrary.Writing;

/// <summary>A folder the writer made and could not delete entirely (the previous site after the swap): <paramref name="Reason"/> says why.</summary>
public sealed record LeftoverFolder(string Path, string Reason);
