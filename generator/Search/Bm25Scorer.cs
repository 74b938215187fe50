namespace CaseLibrary.Search;

/// <summary>
/// lunr.Builder.createFieldVectors: a BM25 score per term of each field of each document
/// (b = 0.75, k1 = 1.2), times the field boost, rounded to 3 decimals with Math.round. The
/// expressions keep lunr's evaluation order so every intermediate double is the same.
/// </summary>
internal static class Bm25Scorer
{
    private const double B = 0.75;
    private const double K1 = 1.2;

    /// <summary>Per field entry (same order), the (term index, score) pairs sorted by term index.</summary>
    public static List<(int TermIndex, double Score)>[] Score(IndexAccumulator index)
    {
        double[] averages = index.AverageFieldLengths();
        var idfCache = new Dictionary<string, double>(StringComparer.Ordinal);
        var vectors = new List<(int, double)>[index.Entries.Count];
        for (int e = 0; e < vectors.Length; e++)
        {
            FieldEntry entry = index.Entries[e];
            double fieldBoost = FieldBoost(index.Fields[entry.Field]);
            double average = averages[entry.Field];
            var vector = new List<(int TermIndex, double Score)>(entry.TermFrequencies.Count);
            foreach (var (term, tf) in entry.TermFrequencies)
            {
                TermPosting posting = index.Postings[term];
                if (!idfCache.TryGetValue(term, out double idf))
                {
                    idf = Idf(posting.DocumentsWithTerm, index.DocumentCount);
                    idfCache.Add(term, idf);
                }
                double score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (entry.Length / average)) + tf);
                score *= fieldBoost;
                vector.Add((posting.Index, JsMath.Round(score * 1000) / 1000));
            }
            vector.Sort((a, b) => a.TermIndex.CompareTo(b.TermIndex));
            vectors[e] = vector;
        }
        return vectors;
    }

    /// <summary>lunr: <c>this._fields[fieldName].boost || 1</c>.</summary>
    public static double FieldBoost(SearchField field) => field.Boost == 0 || double.IsNaN(field.Boost) ? 1 : field.Boost;

    /// <summary>lunr.idf: log(1 + |(N - n + 0.5) / (n + 0.5)|), n counted per field.</summary>
    public static double Idf(int documentsWithTerm, int documentCount)
    {
        double x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return JsMath.Log(1 + Math.Abs(x));
    }
}
