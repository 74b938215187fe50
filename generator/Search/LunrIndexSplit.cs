using System.Text;

namespace CaseLibrary.Search;

/// <summary>
/// The index split for the browser so that a query downloads only what it reads (theme/assets/js/search-split.js).
/// lunr 2.3.9 scores a document field by <c>queryVector.similarity(fieldVector)</c>, the dot product divided by the
/// QUERY vector's magnitude only, summed over the terms both vectors hold in ascending "_index" order; so a document's
/// score needs, per matched term and field, only the term's "_index" and the field vector's weight of that term, both
/// stored with the term's postings. Nothing per document is needed up front.
/// <code>
/// index.json:  {"format":"caselib-lunr-split/2","lunr":"2.3.9","fields":[name…],"pipeline":[label…],"documents":N,
///               "terms":T,"first":[the first term of each chunk]}
/// terms.json:  {"format":"caselib-lunr-split/2","terms":[every term, sorted by UTF-16 code units]}
/// chunk n:     {"format":"caselib-lunr-split/2","terms":[its terms, sorted],"index":[each term's "_index"],
///               "refs":[the refs of the documents its postings name, in the order they were added],"postings":[int…]}
///              or, when every ref of the index is a section ref (below), "sections":[int…] in place of "refs"
/// </code>
/// A section ref is <c>&lt;n in base 36&gt;.&lt;s in base 10&gt;</c>, both written without leading zeros (the search
/// catalogue's refs, <c>SearchCatalog.SectionRef</c>): when every ref of the index is one, a chunk names its documents
/// as "sections", per document (in order) the gap from the previous document's n (from 0) and s, and the reader
/// writes the ref again as <c>n.toString(36) + "." + s</c>. Half of a chunk's bytes were its refs as strings; this
/// takes about half of that away. Refs of any other form are written as strings.
/// Chunks hold consecutive terms of the sorted vocabulary, so the terms a word or a prefix (<c>word*</c>) expands to are
/// in the chunk(s) that "first" points to: such a query needs index.json and one or two chunks. Only a query that can
/// match terms anywhere (edit distance, a leading wildcard, the typo fallback, German and Dutch compound parts) loads
/// terms.json, the whole vocabulary, to walk it as lunr does.
/// A chunk's "postings" hold, for each of its terms in turn: the number of fields it occurs in, then per field its
/// position in "fields", the number of documents, and per document (in order) the gap in the chunk's "refs" (position
/// minus the previous one's minus one) and <c>Math.round(weight * 1000)</c> (<see cref="Bm25Scorer.Thousandths"/>):
/// lunr's field-vector weight is exactly that integer divided by 1000.
/// A chunk is closed once it holds <see cref="ChunkPostings"/> postings; a term with more postings is a chunk of its own.
/// </summary>
internal static class LunrIndexSplit
{
    public const string Format = "caselib-lunr-split/2";

    /// <summary>
    /// Postings per chunk: about 15–30 kB gzipped (a posting is a gap and a weight, ~3 bytes gzipped, plus the
    /// list of its documents), so a one-word query (the word, its prefix, usually 1–3 chunks) stays far below the 300 kB budget
    /// next to the vocabulary, while the number of files stays small (see the README "Search").
    /// </summary>
    public const int ChunkPostings = 6000;

    public static SplitIndex Write(IndexAccumulator index, IReadOnlyList<string> searchPipeline, int chunkPostings = ChunkPostings)
    {
        int fieldCount = index.FieldCount;
        var sorted = new int[index.Terms.Count];
        for (int t = 0; t < sorted.Length; t++) sorted[t] = t;
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(index.Terms[a], index.Terms[b]));

        double[] averages = index.AverageFieldLengths();
        var boosts = index.Fields.Select(Bm25Scorer.FieldBoost).ToArray();

        // Chunks: consecutive sorted terms, closed once they hold chunkPostings postings.
        var starts = new List<int>();
        int held = 0;
        for (int n = 0; n < sorted.Length; n++)
        {
            int count = 0;
            for (int f = 0; f < fieldCount; f++) count += index.PostingsOf(sorted[n], f)?.Documents.Count ?? 0;
            if (starts.Count == 0 || held >= chunkPostings || (held > 0 && held + count > chunkPostings))
            {
                starts.Add(n);
                held = 0;
            }
            held += count;
        }

        // Section refs as numbers when every ref is one (see above), else every ref as a string.
        var sections = new (int Number, int Section)[index.Refs.Count];
        bool numbered = true;
        for (int d = 0; d < sections.Length && numbered; d++)
            numbered = TryParseSectionRef(index.Refs[d], out sections[d]);

        var chunks = new ChunkList(starts.Count, c =>
        {
            int from = starts[c], to = c + 1 < starts.Count ? starts[c + 1] : sorted.Length;
            return WriteChunk(index, sorted[from..to], averages, boosts, numbered ? sections : null);
        });

        var sb = new StringBuilder(1024 + starts.Count * 16);
        sb.Append("{\"format\":");
        JsJson.AppendString(sb, Format);
        sb.Append(",\"lunr\":");
        JsJson.AppendString(sb, LunrIndexJson.LunrVersion);
        sb.Append(",\"fields\":");
        JsJson.AppendStrings(sb, index.Fields.Select(field => field.Name));
        sb.Append(",\"pipeline\":");
        JsJson.AppendStrings(sb, searchPipeline);
        sb.Append(",\"documents\":").Append(index.DocumentCount);
        sb.Append(",\"terms\":").Append(sorted.Length);
        sb.Append(",\"first\":");
        JsJson.AppendStrings(sb, starts.Select(n => index.Terms[sorted[n]]));
        sb.Append('}');

        var terms = new StringBuilder(64 + index.Terms.Count * 10);
        terms.Append("{\"format\":");
        JsJson.AppendString(terms, Format);
        terms.Append(",\"terms\":");
        JsJson.AppendStrings(terms, sorted.Select(t => index.Terms[t]));
        terms.Append('}');
        return new SplitIndex(sb.ToString(), terms.ToString(), chunks);
    }

    /// <summary>
    /// A ref <c>&lt;n in base 36&gt;.&lt;s in base 10&gt;</c> as JavaScript's <c>n.toString(36) + "." + s</c> writes it
    /// (lower-case digits, no leading zeros, each part at most <see cref="int.MaxValue"/>), so that it is written again
    /// to the same string.
    /// </summary>
    internal static bool TryParseSectionRef(string reference, out (int Number, int Section) parsed)
    {
        parsed = default;
        int dot = reference.IndexOf('.');
        if (dot <= 0 || dot == reference.Length - 1 || reference.IndexOf('.', dot + 1) >= 0) return false;
        long number = 0, section = 0;
        for (int i = 0; i < dot; i++)
        {
            char c = reference[i];
            int digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'z' ? c - 'a' + 10 : -1;
            if (digit < 0 || (i == 0 && digit == 0 && dot > 1)) return false;
            number = number * 36 + digit;
            if (number > int.MaxValue) return false;
        }
        for (int i = dot + 1; i < reference.Length; i++)
        {
            char c = reference[i];
            if (c is < '0' or > '9' || (i == dot + 1 && c == '0' && reference.Length > dot + 2)) return false;
            section = section * 10 + (c - '0');
            if (section > int.MaxValue) return false;
        }
        parsed = ((int)number, (int)section);
        return true;
    }

    private static string WriteChunk(IndexAccumulator index, int[] terms, double[] averages, double[] boosts, (int Number, int Section)[]? sections)
    {
        int fieldCount = index.FieldCount;
        // The chunk's documents, ascending and each once; a posting names its document by its position among them.
        var all = new List<int>();
        foreach (int term in terms)
            for (int f = 0; f < fieldCount; f++)
                if (index.PostingsOf(term, f) is { } postings) all.AddRange(postings.Documents);
        all.Sort();
        var docs = new List<int>(all.Count);
        foreach (int doc in all)
            if (docs.Count == 0 || docs[^1] != doc) docs.Add(doc);
        // A document's position in the chunk's list, by document number (only the chunk's documents are set and read).
        int[] local = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(1, index.DocumentCount));
        for (int i = 0; i < docs.Count; i++) local[docs[i]] = i;

        var sb = new StringBuilder(256 + terms.Length * 16 + docs.Count * 12);
        sb.Append("{\"format\":");
        JsJson.AppendString(sb, Format);
        sb.Append(",\"terms\":");
        JsJson.AppendStrings(sb, terms.Select(t => index.Terms[t]));
        sb.Append(",\"index\":[").AppendJoin(',', terms).Append(']');
        if (sections is null)
        {
            sb.Append(",\"refs\":");
            JsJson.AppendStrings(sb, docs.Select(d => index.Refs[d]));
        }
        else
        {
            sb.Append(",\"sections\":[");
            int previousNumber = 0;
            bool firstSection = true;
            foreach (int doc in docs)
            {
                Number(sb, sections[doc].Number - previousNumber, ref firstSection);
                Number(sb, sections[doc].Section, ref firstSection);
                previousNumber = sections[doc].Number;
            }
            sb.Append(']');
        }
        sb.Append(",\"postings\":[");
        bool first = true;
        foreach (int term in terms)
        {
            double idf = Bm25Scorer.Idf(index.DocumentsWithTerm(term), index.DocumentCount);
            int used = 0;
            for (int f = 0; f < fieldCount; f++) if (index.PostingsOf(term, f) is not null) used++;
            Number(sb, used, ref first);
            for (int f = 0; f < fieldCount; f++)
            {
                if (index.PostingsOf(term, f) is not { } postings) continue;
                Number(sb, f, ref first);
                Number(sb, postings.Documents.Count, ref first);
                int previous = -1;
                for (int i = 0; i < postings.Documents.Count; i++)
                {
                    int doc = postings.Documents[i];
                    int at = local[doc];
                    Number(sb, at - previous - 1, ref first);
                    previous = at;
                    IndexAccumulator.Entry entry = index.Entries[doc * fieldCount + f];
                    double k = Bm25Scorer.Thousandths(idf, postings.Frequencies[i], entry.Length, averages[f], boosts[f]);
                    sb.Append(',');
                    // An integer (as Thousandths gives) is written as JavaScript writes it, without a string per posting.
                    if (k > 0 && k < 1e15 && k == Math.Floor(k)) sb.Append((long)k);
                    else sb.Append(JsNumber.ToJson(k));
                }
            }
        }
        System.Buffers.ArrayPool<int>.Shared.Return(local);
        sb.Append("]}");
        return sb.ToString();
    }

    private static void Number(StringBuilder sb, int value, ref bool first)
    {
        if (!first) sb.Append(',');
        sb.Append(value);
        first = false;
    }
}

/// <summary>The postings chunks of a split index, each written when it is read (and again at another read).</summary>
internal sealed class ChunkList(int count, Func<int, string> write) : IReadOnlyList<string>
{
    public int Count => count;

    public string this[int index] => (uint)index < (uint)count ? write(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<string> GetEnumerator()
    {
        for (var c = 0; c < count; c++) yield return write(c);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
