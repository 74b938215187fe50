using System.Text;

namespace CaseLibrary.Search;

/// <summary>
/// JSON.stringify(lunr.Index): version, fields, fieldVectors (insertion order), invertedIndex
/// (terms sorted by UTF-16 code units, as Array.prototype.sort does) and the search pipeline.
/// </summary>
internal static class LunrIndexJson
{
    public const string LunrVersion = "2.3.9";

    public static string Write(IndexAccumulator index, double[][] scores, IReadOnlyList<string> searchPipeline)
    {
        var sb = new StringBuilder(1024 + index.Terms.Count * 64 + index.Entries.Sum(e => e.Terms.Length) * 24);
        var fieldNames = index.Fields.Select(field => Escaped(field.Name)).ToArray();
        var refs = index.Refs.Select(Escaped).ToArray();
        var numbers = new ScoreText();

        sb.Append("{\"version\":");
        JsJson.AppendString(sb, LunrVersion);
        sb.Append(",\"fields\":");
        JsJson.AppendStrings(sb, index.Fields.Select(field => field.Name));
        sb.Append(",\"fieldVectors\":[");
        for (int e = 0; e < scores.Length; e++)
        {
            IndexAccumulator.Entry entry = index.Entries[e];
            if (e > 0) sb.Append(',');
            // "field/ref": quoting is per character and '/' ends a field name, so the halves can be quoted apart.
            sb.Append("[\"").Append(fieldNames[entry.Field]).Append('/').Append(refs[entry.Document]).Append("\",[");
            for (int i = 0; i < entry.Terms.Length; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append(entry.Terms[i]).Append(',').Append(numbers.Of(scores[e][i]));
            }
            sb.Append("]]");
        }
        sb.Append("],\"invertedIndex\":[");
        AppendInvertedIndex(sb, index, refs);
        sb.Append("],\"pipeline\":");
        JsJson.AppendStrings(sb, searchPipeline);
        sb.Append('}');
        return sb.ToString();
    }

    private static void AppendInvertedIndex(StringBuilder sb, IndexAccumulator index, string[] refs)
    {
        // A posting is an object: "_index" and the field names, in JS key order.
        IReadOnlyList<string> postingKeys = JsPropertyOrder.Order(["_index", .. index.Fields.Select(field => field.Name)]);
        var keyFields = postingKeys.Select(key => key == "_index" ? -1 : index.Fields.ToList().FindIndex(f => f.Name == key)).ToArray();
        var keyTexts = postingKeys.Select(Escaped).ToArray();
        // Refs that are array indexes come first in a JS object, ascending; the others stay in insertion order.
        var arrayIndex = new long[refs.Length];
        for (int d = 0; d < refs.Length; d++) arrayIndex[d] = JsPropertyOrder.TryArrayIndex(index.Refs[d], out uint value) ? value : -1;
        var ordered = new List<int>();

        var terms = new int[index.Terms.Count];
        for (int t = 0; t < terms.Length; t++) terms[t] = t;
        Array.Sort(terms, (a, b) => string.CompareOrdinal(index.Terms[a], index.Terms[b]));
        for (int n = 0; n < terms.Length; n++)
        {
            int term = terms[n];
            if (n > 0) sb.Append(',');
            sb.Append('[');
            JsJson.AppendString(sb, index.Terms[term]);
            sb.Append(",{");
            for (int k = 0; k < keyFields.Length; k++)
            {
                if (k > 0) sb.Append(',');
                sb.Append('"').Append(keyTexts[k]).Append("\":");
                if (keyFields[k] < 0)
                {
                    sb.Append(term);
                    continue;
                }
                sb.Append('{');
                IReadOnlyList<int> docs = (IReadOnlyList<int>?)index.PostingsOf(term, keyFields[k])?.Documents ?? [];
                if (docs.Any(d => arrayIndex[d] >= 0))
                {
                    ordered.Clear();
                    ordered.AddRange(docs.Where(d => arrayIndex[d] >= 0).OrderBy(d => arrayIndex[d]));
                    ordered.AddRange(docs.Where(d => arrayIndex[d] < 0));
                    docs = ordered;
                }
                for (int d = 0; d < docs.Count; d++)
                {
                    if (d > 0) sb.Append(',');
                    sb.Append('"').Append(refs[docs[d]]).Append("\":{}");
                }
                sb.Append('}');
            }
            sb.Append("}]");
        }
    }

    /// <summary>A string as JSON.stringify quotes it, without the quotes.</summary>
    private static string Escaped(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        JsJson.AppendString(sb, value);
        return sb.ToString(1, sb.Length - 2);
    }

    /// <summary>JSON text of the scores, each computed once: a score is k / 1000 for an integer k, so k names it.</summary>
    private sealed class ScoreText
    {
        private readonly Dictionary<double, string> _texts = new();

        public string Of(double score)
        {
            if (!_texts.TryGetValue(score, out string? text))
            {
                text = JsNumber.ToJson(score);
                _texts.Add(score, text);
            }
            return text;
        }
    }
}
