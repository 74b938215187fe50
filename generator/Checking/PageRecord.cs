namespace CaseLibrary.Checking;

/// <summary>
/// One page as the link check sees it: its path, the source it was made from (where its problems are reported), its
/// distinct link addresses in page order, its element ids sorted (ordinal, for a binary search) and the ids it repeats.
/// </summary>
public sealed record PageRecord(string Path, string SourcePath, string[] Ids, string[] Links, string[] DuplicateIds)
{
    public bool HasId(string id) => Array.BinarySearch(Ids, id, StringComparer.Ordinal) >= 0;
}
