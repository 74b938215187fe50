using System.Text;

namespace CaseLibrary.Search;

/// <summary>
/// The index as the browser downloads it: lunr's serialized index stores every posting twice (the document
/// under the term in "invertedIndex", the term's index and BM25 score under the document in "fieldVectors"),
/// and the scores as 3-decimal numbers. The pack stores each posting once, as a term frequency, and
/// theme/assets/js/search-pack.js rebuilds from it the lunr.Index that lunr.Index.load would make of the
/// published index.json: the scores with lunr's own arithmetic, the postings in lunr's key order.
/// A differential test checks, in Node, that <c>JSON.stringify</c> of the rebuilt index equals index.json.
/// <code>
/// {"format":"caselib-lunr-pack/1","lunr":"2.3.9","fields":[name…],"boosts":[boost…],"pipeline":[label…],
///  "refs":[document refs in the order they were added],"terms":[terms in "_index" order],"postings":[int…]}
/// </code>
/// "postings" holds, for each term in turn: the number of fields it occurs in, then per field its position in
/// "fields", the number of documents, and per document (in order) <c>(gap &lt;&lt; 1) | (tf &gt; 1)</c>, where
/// gap = position in "refs" minus the previous document's position minus one, followed by tf when tf &gt; 1.
/// </summary>
internal static class LunrIndexPack
{
    public const string Format = "caselib-lunr-pack/1";

    public static string Write(IndexAccumulator index, IReadOnlyList<string> searchPipeline)
    {
        int fieldCount = index.FieldCount;
        var sb = new StringBuilder(1024 + index.Terms.Count * 16 + index.Entries.Sum(e => e.Terms.Length) * 4);
        sb.Append("{\"format\":");
        JsJson.AppendString(sb, Format);
        sb.Append(",\"lunr\":");
        JsJson.AppendString(sb, LunrIndexJson.LunrVersion);
        sb.Append(",\"fields\":");
        JsJson.AppendStrings(sb, index.Fields.Select(field => field.Name));
        sb.Append(",\"boosts\":[");
        for (int f = 0; f < fieldCount; f++)
        {
            if (f > 0) sb.Append(',');
            sb.Append(JsNumber.ToJson(Bm25Scorer.FieldBoost(index.Fields[f])));
        }
        sb.Append("],\"pipeline\":");
        JsJson.AppendStrings(sb, searchPipeline);
        sb.Append(",\"refs\":");
        JsJson.AppendStrings(sb, index.Refs);
        sb.Append(",\"terms\":");
        JsJson.AppendStrings(sb, index.Terms);
        sb.Append(",\"postings\":[");
        bool first = true;
        for (int term = 0; term < index.Terms.Count; term++)
        {
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
                    int doc = postings.Documents[i], tf = postings.Frequencies[i];
                    Number(sb, ((doc - previous - 1) << 1) | (tf > 1 ? 1 : 0), ref first);
                    if (tf > 1) Number(sb, tf, ref first);
                    previous = doc;
                }
            }
        }
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
