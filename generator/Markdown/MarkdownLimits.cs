using System.Globalization;

namespace CaseLibrary.Markdown;

/// <summary>
/// Cheap counts checked before Markdig parses a body, so that no text can make parsing slow or memory-hungry
/// (security review F5). Markdig takes time quadratic in the number of unclosed links on a line ("[a](" repeated) and
/// in the number of headings with the same text (their ids), and a pipe table takes a few hundred times its size in
/// memory. Each limit is far above what a real case needs: the longest case is about 15 KB and 110 lines.
/// </summary>
public static class MarkdownLimits
{
    public const int MaxChars = 512 * 1024;
    public const int MaxLines = 20_000;
    public const int MaxBracketsPerLine = 1_000;
    public const int MaxBrackets = 10_000;
    public const int MaxHeadings = 1_000;
    public const int MaxTableCells = 10_000;

    /// <summary>A limit exceeded: its diagnostic code, 0-based line and column in the body, and the message.</summary>
    public sealed record Problem(string Code, int Line, int Column, string Message);

    /// <summary>The first limit <paramref name="markdown"/> exceeds, or null.</summary>
    public static Problem? Check(string markdown)
    {
        if (markdown.Length > MaxChars)
            return new("CL0410", 0, 0, $"this text is {Kilobytes(markdown.Length)} KB long; a case or its notes may be at most {Kilobytes(MaxChars)} KB (real cases are under 20 KB): shorten it or split it into several cases");
        int line = 0, brackets = 0, headings = 0, cells = 0, start = 0;
        while (start <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            if (end < 0) end = markdown.Length;
            if (line >= MaxLines)
                return new("CL0411", line, 0, $"this text has more than {Number(MaxLines)} lines; a case needs far fewer (real cases have a few hundred at most): shorten it or split it into several cases");
            var text = markdown.AsSpan(start, end - start);
            var onLine = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '|' && ++cells > MaxTableCells)
                    return new("CL0415", line, i, $"the tables of this text have more than {Number(MaxTableCells)} cells ('|'); split the tables or the case");
                if (text[i] != '[') continue;
                if (++onLine > MaxBracketsPerLine)
                    return new("CL0412", line, i, $"this line has more than {Number(MaxBracketsPerLine)} '[' (links, images or footnotes); split the line or remove the brackets (write \\[ for a literal '[')");
                if (++brackets > MaxBrackets)
                    return new("CL0413", line, i, $"this text has more than {Number(MaxBrackets)} '[' (links, images or footnotes); a case needs far fewer: remove the brackets or split the case");
            }
            if (IsHeadingLike(text) && ++headings > MaxHeadings)
                return new("CL0414", line, 0, $"this text has more than {Number(MaxHeadings)} headings; a case needs far fewer: turn some into plain text or split the case");
            line++;
            start = end + 1;
        }
        return null;
    }

    /// <summary>
    /// An ATX heading ('#', also inside quotes and list items) or a setext underline ('===' or '---'); thematic breaks
    /// and a few other lines count too, which does not matter for a limit this high.
    /// </summary>
    private static bool IsHeadingLike(ReadOnlySpan<char> line)
    {
        var rest = line.TrimStart(" \t>-*+0123456789.)");
        if (rest.StartsWith("#")) return true;
        var content = line.Trim(" \t>");
        return content.Length > 0 && (!content.ContainsAnyExcept('=') || !content.ContainsAnyExcept('-'));
    }

    private static string Kilobytes(int chars) => Number((chars + 1023) / 1024);

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
