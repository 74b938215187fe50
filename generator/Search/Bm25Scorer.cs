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

    /// <summary>Per entry (same order), the score of each of its terms (same order as the entry's terms).</summary>
    public static double[][] Score(IndexAccumulator index)
    {
        double[] averages = index.AverageFieldLengths();
        var idfs = new double[index.Terms.Count];
        for (int t = 0; t < idfs.Length; t++) idfs[t] = Idf(index.DocumentsWithTerm(t), index.DocumentCount);
        var boosts = index.Fields.Select(FieldBoost).ToArray();
        var scores = new double[index.Entries.Count][];
        for (int e = 0; e < scores.Length; e++)
        {
            IndexAccumulator.Entry entry = index.Entries[e];
            double fieldBoost = boosts[entry.Field];
            double average = averages[entry.Field];
            var vector = new double[entry.Terms.Length];
            for (int i = 0; i < vector.Length; i++)
            {
                vector[i] = Thousandths(idfs[entry.Terms[i]], entry.Frequencies[i], entry.Length, average, fieldBoost) / 1000;
            }
            scores[e] = vector;
        }
        return scores;
    }

    /// <summary>
    /// <c>Math.round(score * 1000)</c> of one term in one field of one document, an integer: lunr stores the score as this
    /// value divided by 1000, so k / 1000 in JavaScript is the very double lunr's field vector holds.
    /// </summary>
    public static double Thousandths(double idf, int tf, int fieldLength, double averageFieldLength, double fieldBoost)
    {
        double score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (fieldLength / averageFieldLength)) + tf);
        score *= fieldBoost;
        return JsMath.Round(score * 1000);
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
