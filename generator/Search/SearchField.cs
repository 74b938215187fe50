namespace CaseLibrary.Search;

/// <summary>A field of the search index, e.g. <c>("title", 10)</c>. A boost of 0 counts as 1, as in lunr.</summary>
public sealed record SearchField(string Name, double Boost = 1);
