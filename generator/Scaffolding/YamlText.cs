using System.Globalization;
using System.Text;

namespace CaseLibrary.Scaffolding;

/// <summary>Writes values as YAML that reads back exactly: text double-quoted with escapes, ids plain.</summary>
public static class YamlText
{
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>A flow list of ids, e.g. <c>[listening, networking]</c>.</summary>
    public static string Ids(IEnumerable<string> ids) => "[" + string.Join(", ", ids) + "]";

    /// <summary>A flow list of quoted texts.</summary>
    public static string Texts(IEnumerable<string> texts) => "[" + string.Join(", ", texts.Select(Quote)) + "]";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
