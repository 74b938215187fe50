using System.Globalization;
using System.Text;
using CaseLibrary.Search;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// Writes the reference scripts' input JSON. Uses the builder's own string quoting, which keeps
/// lone surrogates as \uXXXX escapes (System.Text.Json would replace them).
/// </summary>
internal static class JsonText
{
    public static string String(string? value)
    {
        if (value is null) return "null";
        var sb = new StringBuilder(value.Length + 2);
        JsJson.AppendString(sb, value);
        return sb.ToString();
    }

    public static string Array(IEnumerable<string> items) => "[" + string.Join(",", items) + "]";

    public static string Strings(IEnumerable<string?> values) => Array(values.Select(String));

    public static string IndexInput(string language, IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> docs) =>
        "{\"language\":" + String(language)
        + ",\"fields\":" + Array(fields.Select(f => "{\"name\":" + String(f.Name) + ",\"boost\":" + f.Boost.ToString("R", CultureInfo.InvariantCulture) + "}"))
        + ",\"docs\":" + Array(docs.Select(d => "{\"ref\":" + String(d.Ref) + ",\"values\":" + Strings(d.Values) + "}"))
        + "}";
}
