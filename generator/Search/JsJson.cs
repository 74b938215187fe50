using System.Text;

namespace CaseLibrary.Search;

/// <summary>JSON.stringify's string quoting (well-formed variant, as in Node 12+).</summary>
internal static class JsJson
{
    private const string Hex = "0123456789abcdef";

    /// <summary>
    /// Appends <paramref name="value"/> quoted: escapes only <c>"</c>, <c>\</c>, control
    /// characters and lone surrogates; all other characters, non-ASCII included, stay as they are.
    /// </summary>
    public static void AppendString(StringBuilder sb, string value)
    {
        sb.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); continue;
                case '\\': sb.Append("\\\\"); continue;
                case '\b': sb.Append("\\b"); continue;
                case '\f': sb.Append("\\f"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
            }
            if (c < 0x20)
            {
                AppendUnicodeEscape(sb, c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                AppendUnicodeEscape(sb, c);
            }
            else
            {
                sb.Append(c);
            }
        }
        sb.Append('"');
    }

    private static void AppendUnicodeEscape(StringBuilder sb, char c) =>
        sb.Append("\\u").Append(Hex[c >> 12]).Append(Hex[(c >> 8) & 0xf]).Append(Hex[(c >> 4) & 0xf]).Append(Hex[c & 0xf]);

    /// <summary>Appends a JSON array of strings.</summary>
    public static void AppendStrings(StringBuilder sb, IEnumerable<string> values)
    {
        sb.Append('[');
        bool first = true;
        foreach (string value in values)
        {
            if (!first) sb.Append(',');
            AppendString(sb, value);
            first = false;
        }
        sb.Append(']');
    }
}
