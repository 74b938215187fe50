namespace CaseLibrary.Loading;

/// <summary>
/// What the load stage reads: the content folder; for a <c>serve</c> preview also the previous load and the edited
/// case folders, so that only those are read again.
/// </summary>
public sealed record LoadRequest(string Source, LibrarySources? Previous = null, IReadOnlySet<string>? Edited = null);
