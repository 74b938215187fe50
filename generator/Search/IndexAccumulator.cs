namespace CaseLibrary.Search;

/// <summary>
/// The state lunr.Builder.add collects, with terms and documents as numbers: a term's number is lunr's "_index" (the
/// order of first appearance), a document's number the order in which it was added. For each field of each document
/// (an entry; document-major, as lunr adds them): its terms in term order with their frequencies, and its length;
/// for each term and field: the documents holding it, in order, with the term's frequency in each.
/// </summary>
internal sealed class IndexAccumulator
{
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<string> _refs = [];
    private readonly List<Entry> _entries = [];
    private readonly List<Postings?> _postings = []; // term * FieldCount + field
    private readonly List<int> _documentsWithTerm = [];
    private int[] _frequencies = new int[1024]; // scratch, by term number; all zero between fields
    private readonly List<int> _touched = [];

    public IndexAccumulator(IReadOnlyList<SearchField> fields) => Fields = fields;

    /// <summary>Fields in Object.keys order, which the output uses throughout.</summary>
    public IReadOnlyList<SearchField> Fields { get; }

    public int FieldCount => Fields.Count;

    public int DocumentCount => _refs.Count;

    /// <summary>Terms by number ("_index").</summary>
    public IReadOnlyList<string> Terms => _terms;

    /// <summary>Document refs by number.</summary>
    public IReadOnlyList<string> Refs => _refs;

    /// <summary>Entries in insertion order: per document, per field.</summary>
    public IReadOnlyList<Entry> Entries => _entries;

    /// <summary>lunr.idf's count for a term: documents per field, summed over the fields.</summary>
    public int DocumentsWithTerm(int term) => _documentsWithTerm[term];

    /// <summary>The documents (in order) of a field holding a term, and its frequency in each; null when none.</summary>
    public Postings? PostingsOf(int term, int field) => _postings[term * FieldCount + field];

    /// <summary>The term's number, assigned when it is first seen (lunr's "_index").</summary>
    public int TermId(string term)
    {
        if (_termIds.TryGetValue(term, out int id)) return id;
        id = _terms.Count;
        _termIds.Add(term, id);
        _terms.Add(term);
        _documentsWithTerm.Add(0);
        for (int f = 0; f < FieldCount; f++) _postings.Add(null);
        if (id >= _frequencies.Length) Array.Resize(ref _frequencies, _frequencies.Length * 2);
        return id;
    }

    public void BeginDocument(string docRef) => _refs.Add(docRef);

    /// <summary>Adds the next field of the current document: the term numbers its tokens became, in order.</summary>
    public void AddField(int field, ReadOnlySpan<int> terms)
    {
        int doc = _refs.Count - 1;
        foreach (int term in terms)
        {
            if (_frequencies[term]++ == 0) _touched.Add(term);
        }
        _touched.Sort();
        var termIds = _touched.ToArray();
        var frequencies = new int[termIds.Length];
        for (int i = 0; i < termIds.Length; i++)
        {
            int term = termIds[i];
            int tf = _frequencies[term];
            frequencies[i] = tf;
            _frequencies[term] = 0;
            (_postings[term * FieldCount + field] ??= new Postings()).Add(doc, tf);
            _documentsWithTerm[term]++;
        }
        _touched.Clear();
        _entries.Add(new Entry(field, doc, terms.Length, termIds, frequencies));
    }

    /// <summary>Average length of each field over all documents (NaN with no documents, as in lunr).</summary>
    public double[] AverageFieldLengths()
    {
        var sums = new long[FieldCount];
        foreach (Entry entry in _entries) sums[entry.Field] += entry.Length;
        var averages = new double[FieldCount];
        for (int i = 0; i < averages.Length; i++) averages[i] = (double)sums[i] / DocumentCount;
        return averages;
    }

    /// <summary>One field of one document: lunr's fieldTermFrequencies and fieldLengths entry, terms in ascending order.</summary>
    internal sealed record Entry(int Field, int Document, int Length, int[] Terms, int[] Frequencies);

    /// <summary>Documents of one (term, field), in insertion order, with the term's frequency in each.</summary>
    internal sealed class Postings
    {
        public List<int> Documents { get; } = new(2);

        public List<int> Frequencies { get; } = new(2);

        public void Add(int doc, int tf)
        {
            Documents.Add(doc);
            Frequencies.Add(tf);
        }
    }
}
