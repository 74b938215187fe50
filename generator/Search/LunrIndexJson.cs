using System.Text;

namespace CaseLibrary.Search;

/// <summary>
/// JSON.stringify(lunr.Index): version, fields, fieldVectors (insertion order), invertedIndex
/// (terms sorted by UTF-16 code units, as Array.prototype.sort does) and the search pipeline.
/// </summary>
internal static class LunrIndexJson
{
    public const string LunrVersion = "2.3.9";

    public static string Write(IndexAccumulator index, List<(int TermIndex, double Score)>[] vectors, IReadOnlyList<string> searchPipeline)
    {
        var sb = new StringBuilder(1024 + index.Postings.Count * 64);
        sb.Append("{\"version\":");
        JsJson.AppendString(sb, LunrVersion);
        sb.Append(",\"fields\":");
        JsJson.AppendStrings(sb, index.Fields.Select(field => field.Name));
        sb.Append(",\"fieldVectors\":[");
        for (int e = 0; e < vectors.Length; e++)
        {
            FieldEntry entry = index.Entries[e];
            if (e > 0) sb.Append(',');
            sb.Append('[');
            JsJson.AppendString(sb, index.Fields[entry.Field].Name + "/" + entry.DocRef);
            sb.Append(",[");
            for (int i = 0; i < vectors[e].Count; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append(vectors[e][i].TermIndex).Append(',').Append(JsNumber.ToJson(vectors[e][i].Score));
            }
            sb.Append("]]");
        }
        sb.Append("],\"invertedIndex\":[");
        AppendInvertedIndex(sb, index);
        sb.Append("],\"pipeline\":");
        JsJson.AppendStrings(sb, searchPipeline);
        sb.Append('}');
        return sb.ToString();
    }

    private static void AppendInvertedIndex(StringBuilder sb, IndexAccumulator index)
    {
        // A posting is an object: "_index" and the field names, in JS key order.
        IReadOnlyList<string> postingKeys = JsPropertyOrder.Order(["_index", .. index.Fields.Select(field => field.Name)]);
        var fieldByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int f = 0; f < index.Fields.Count; f++) fieldByName[index.Fields[f].Name] = f;

        var terms = index.Postings.Keys.ToArray();
        Array.Sort(terms, StringComparer.Ordinal);
        for (int t = 0; t < terms.Length; t++)
        {
            TermPosting posting = index.Postings[terms[t]];
            if (t > 0) sb.Append(',');
            sb.Append('[');
            JsJson.AppendString(sb, terms[t]);
            sb.Append(",{");
            for (int k = 0; k < postingKeys.Count; k++)
            {
                if (k > 0) sb.Append(',');
                JsJson.AppendString(sb, postingKeys[k]);
                sb.Append(':');
                if (postingKeys[k] == "_index")
                {
                    sb.Append(posting.Index);
                    continue;
                }
                sb.Append('{');
                IReadOnlyList<string> docs = JsPropertyOrder.Order(posting.Documents(fieldByName[postingKeys[k]]));
                for (int d = 0; d < docs.Count; d++)
                {
                    if (d > 0) sb.Append(',');
                    JsJson.AppendString(sb, docs[d]);
                    sb.Append(":{}");
                }
                sb.Append('}');
            }
            sb.Append("}]");
        }
    }
}
