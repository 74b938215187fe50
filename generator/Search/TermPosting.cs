namespace CaseLibrary.Search;

/// <summary>One term of the inverted index: its index and, per field, the documents holding it.</summary>
internal sealed class TermPosting
{
    private readonly List<string>[] documents;
    private readonly HashSet<string>[] seen;

    public TermPosting(int index, int fieldCount)
    {
        Index = index;
        documents = new List<string>[fieldCount];
        seen = new HashSet<string>[fieldCount];
        for (int i = 0; i < fieldCount; i++)
        {
            documents[i] = [];
            seen[i] = new HashSet<string>(StringComparer.Ordinal);
        }
    }

    /// <summary>lunr's "_index": the order in which terms first appeared.</summary>
    public int Index { get; }

    /// <summary>Document refs of a field in insertion order.</summary>
    public IReadOnlyList<string> Documents(int field) => documents[field];

    /// <summary>lunr.idf's count: documents per field, summed over the fields.</summary>
    public int DocumentsWithTerm => documents.Sum(list => list.Count);

    public void AddDocument(int field, string docRef)
    {
        if (seen[field].Add(docRef)) documents[field].Add(docRef);
    }
}
