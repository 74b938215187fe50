using System.Text;

namespace CaseLibrary.Rendering;

/// <summary>Escapes text for HTML text and quoted attributes: &amp;, &lt;, &gt;, " and ' only; other characters stay as UTF-8.</summary>
public static class Html
{
    public static string Escape(string text)
    {
        var index = text.AsSpan().IndexOfAny("&<>\"'");
        if (index < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, index);
        for (var i = index; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(text[i]); break;
            }
        }
        return builder.ToString();
    }
}
