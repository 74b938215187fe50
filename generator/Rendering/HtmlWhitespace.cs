using System.Text;

namespace CaseLibrary.Rendering;

/// <summary>
/// Drops the indentation and blank lines that templates and Markdig leave in a page. Every line break stays where
/// text or tags meet (so words never run together), and the lines inside <c>&lt;pre&gt;</c> and <c>&lt;textarea&gt;</c>,
/// where spaces show, are kept byte for byte. The reader sees the same page; at 4,000 cases it is ~10 MB less to host.
/// </summary>
public static class HtmlWhitespace
{
    public static string Trim(string html)
    {
        var result = new StringBuilder(html.Length);
        var verbatim = false;
        var start = 0;
        while (start <= html.Length)
        {
            var end = html.IndexOf('\n', start);
            var last = end < 0;
            if (last) end = html.Length;
            var line = html.AsSpan(start, end - start);
            if (verbatim) Append(result, line, last);
            else
            {
                var trimmed = line.TrimStart(" \t");
                if (!trimmed.IsWhiteSpace()) Append(result, trimmed, last);
            }
            verbatim = StillVerbatim(line, verbatim);
            if (last) break;
            start = end + 1;
        }
        return result.ToString();
    }

    private static void Append(StringBuilder result, ReadOnlySpan<char> line, bool last)
    {
        result.Append(line);
        if (!last) result.Append('\n');
    }

    /// <summary>Whether the text after this line is inside a pre or textarea element, given whether the line began inside one.</summary>
    private static bool StillVerbatim(ReadOnlySpan<char> line, bool inside)
    {
        for (var i = line.IndexOf('<'); i >= 0 && i < line.Length; i = Next(line, i))
        {
            var rest = line[(i + 1)..];
            var closing = rest.StartsWith("/");
            if (closing) rest = rest[1..];
            if (IsElement(rest, "pre") || IsElement(rest, "textarea")) inside = !closing;
        }
        return inside;
    }

    private static int Next(ReadOnlySpan<char> line, int i)
    {
        var next = line[(i + 1)..].IndexOf('<');
        return next < 0 ? -1 : i + 1 + next;
    }

    private static bool IsElement(ReadOnlySpan<char> rest, string name) =>
        rest.StartsWith(name, StringComparison.OrdinalIgnoreCase) && (rest.Length == name.Length || rest[name.Length] is '>' or ' ' or '\t' or '\n' or '/');
}
