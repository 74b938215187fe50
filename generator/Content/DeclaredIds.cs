namespace CaseLibrary.Content;

/// <summary>
/// The ids a data file (authors.yaml, competences.yaml) declares, including entries that have errors of their own.
/// When the file is missing or cannot be parsed it is <see cref="Unreadable"/>: no reference to it can be judged, so
/// the file's own error is the one message instead of an "unknown id" in every case.
/// </summary>
public sealed class DeclaredIds
{
    public static readonly DeclaredIds Unreadable = new(new HashSet<string>(), isUnreadable: true);

    public DeclaredIds(IReadOnlySet<string> ids, bool isUnreadable = false)
    {
        Ids = ids;
        IsUnreadable = isUnreadable;
    }

    public IReadOnlySet<string> Ids { get; }

    public bool IsUnreadable { get; }
}
