namespace CaseLibrary.Search;

/// <summary>
/// The state lunr.Builder.add collects: for each term its posting (term index by first
/// appearance, documents per field in insertion order) and for each field of each document its
/// term frequencies and length.
/// </summary>
internal sealed class IndexAccumulator
{
    private readonly Dictionary<string, TermPosting> postings = new(StringComparer.Ordinal);
    private readonly List<FieldEntry> entries = [];

    public IndexAccumulator(IReadOnlyList<SearchField> fields) => Fields = fields;

    /// <summary>Fields in Object.keys order, which the output uses throughout.</summary>
    public IReadOnlyList<SearchField> Fields { get; }

    public int DocumentCount { get; private set; }

    public IReadOnlyDictionary<string, TermPosting> Postings => postings;

    /// <summary>Field entries in insertion order: per document, per field.</summary>
    public IReadOnlyList<FieldEntry> Entries => entries;

    /// <summary>Adds one document; <paramref name="termsByField"/> is in <see cref="Fields"/> order.</summary>
    public void Add(string docRef, IReadOnlyList<IReadOnlyList<string>> termsByField)
    {
        DocumentCount++;
        for (int field = 0; field < Fields.Count; field++)
        {
            IReadOnlyList<string> terms = termsByField[field];
            var entry = new FieldEntry(field, docRef, terms.Count);
            entries.Add(entry);
            foreach (string term in terms)
            {
                entry.TermFrequencies[term] = entry.TermFrequencies.GetValueOrDefault(term) + 1;
                if (!postings.TryGetValue(term, out TermPosting? posting))
                {
                    posting = new TermPosting(postings.Count, Fields.Count);
                    postings.Add(term, posting);
                }
                posting.AddDocument(field, docRef);
            }
        }
    }

    /// <summary>Average length of each field over all documents (NaN with no documents, as in lunr).</summary>
    public double[] AverageFieldLengths()
    {
        var sums = new long[Fields.Count];
        var counts = new int[Fields.Count];
        foreach (FieldEntry entry in entries)
        {
            sums[entry.Field] += entry.Length;
            counts[entry.Field]++;
        }
        var averages = new double[Fields.Count];
        for (int i = 0; i < averages.Length; i++) averages[i] = (double)sums[i] / counts[i];
        return averages;
    }
}
