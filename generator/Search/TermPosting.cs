namespace CaseLibrary.Search;

/// <summary>One term of the inverted index: its index and, per field, the documents holding it.</summary>
internal sealed class TermPosting
{
    private static readonly List<string> None = [];

    // Documents are added one after another, field by field, so a repeated (field, document) pair is always the
    // last one added for that field: comparing with the last entry replaces a set per field. Lists are made on demand.
    private readonly List<string>?[] documents;

    public TermPosting(int index, int fieldCount)
    {
        Index = index;
        documents = new List<string>?[fieldCount];
    }

    /// <summary>lunr's "_index": the order in which terms first appeared.</summary>
    public int Index { get; }

    /// <summary>Document refs of a field in insertion order.</summary>
    public IReadOnlyList<string> Documents(int field) => documents[field] ?? None;

    /// <summary>lunr.idf's count: documents per field, summed over the fields.</summary>
    public int DocumentsWithTerm
    {
        get
        {
            var count = 0;
            foreach (var list in documents) count += list?.Count ?? 0;
            return count;
        }
    }

    /// <summary>Adds <paramref name="docRef"/> to the field unless it was the last document added there.</summary>
    public void AddDocument(int field, string docRef)
    {
        var list = documents[field] ??= new List<string>(1);
        if (list.Count == 0 || !string.Equals(list[^1], docRef, StringComparison.Ordinal)) list.Add(docRef);
    }
}
