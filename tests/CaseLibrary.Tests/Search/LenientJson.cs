using System.Globalization;
using System.Text;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// A small JSON reader for the reference scripts' output. Unlike System.Text.Json it accepts
/// what JSON.stringify writes for lone surrogates (e.g. "\ud800") and keeps them in the string.
/// Values: List&lt;object?&gt;, Dictionary&lt;string, object?&gt;, string, double, bool, null.
/// </summary>
internal sealed class LenientJson
{
    private readonly string text;
    private int at;

    private LenientJson(string text) => this.text = text;

    public static object? Parse(string text)
    {
        var reader = new LenientJson(text);
        object? value = reader.Value();
        reader.SkipSpace();
        if (reader.at != text.Length) throw new FormatException($"Unexpected text at {reader.at}");
        return value;
    }

    public static string[] Strings(object? value) => ((List<object?>)value!).Cast<string>().ToArray();

    private object? Value()
    {
        SkipSpace();
        switch (text[at])
        {
            case '[':
                at++;
                var list = new List<object?>();
                if (Peek(']')) return list;
                do list.Add(Value()); while (Peek(','));
                Expect(']');
                return list;
            case '{':
                at++;
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                if (Peek('}')) return map;
                do
                {
                    SkipSpace();
                    string key = String();
                    Expect(':');
                    map[key] = Value();
                }
                while (Peek(','));
                Expect('}');
                return map;
            case '"':
                return String();
            case 't': at += 4; return true;
            case 'f': at += 5; return false;
            case 'n': at += 4; return null;
            default:
                int start = at;
                while (at < text.Length && "+-.0123456789eE".Contains(text[at])) at++;
                return double.Parse(text.AsSpan(start, at - start), NumberStyles.Float, CultureInfo.InvariantCulture);
        }
    }

    private string String()
    {
        Expect('"');
        var sb = new StringBuilder();
        while (text[at] != '"')
        {
            char c = text[at++];
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }
            char e = text[at++];
            sb.Append(e switch
            {
                'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t',
                'u' => (char)int.Parse(text.AsSpan((at += 4) - 4, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                _ => e,
            });
        }
        at++;
        return sb.ToString();
    }

    private void SkipSpace()
    {
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
    }

    private bool Peek(char c)
    {
        SkipSpace();
        if (at < text.Length && text[at] == c)
        {
            at++;
            return true;
        }
        return false;
    }

    private void Expect(char c)
    {
        if (!Peek(c)) throw new FormatException($"Expected '{c}' at {at}");
    }
}
