namespace CaseLibrary.Search;

/// <summary>One field of one document: lunr's fieldTermFrequencies and fieldLengths entry.</summary>
internal sealed class FieldEntry(int field, string docRef, int length)
{
    public int Field { get; } = field;

    public string DocRef { get; } = docRef;

    /// <summary>Number of terms the pipeline produced for the field.</summary>
    public int Length { get; } = length;

    public Dictionary<string, int> TermFrequencies { get; } = new(StringComparer.Ordinal);
}
