namespace CaseLibrary.Search;

/// <summary>
/// One document of the search index: its reference (what a search result returns) and one text
/// per field, in the order of the fields given to <see cref="LunrIndexBuilder"/>. A null text
/// indexes nothing for that field.
/// </summary>
public sealed record SearchDocument(string Ref, IReadOnlyList<string> Values);
