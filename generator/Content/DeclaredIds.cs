namespace CaseLibrary.Content;

/// <summary>
/// The ids a data file (authors.yaml, competences.yaml) declares, including entries that have errors of their own.
/// When the file is missing or cannot be parsed, no reference to it can be judged: every id counts as declared, so
/// the file's own error is the one message instead of an "unknown id" in every case.
/// </summary>
public sealed class DeclaredIds
{
    public static readonly DeclaredIds Unreadable = new(null);

    private readonly IReadOnlySet<string>? _ids;

    public DeclaredIds(IReadOnlySet<string>? ids) => _ids = ids;

    public bool IsUnreadable => _ids is null;

    public bool Contains(string id) => _ids is null || _ids.Contains(id);
}
