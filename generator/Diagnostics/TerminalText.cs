using System.Buffers;
using System.Globalization;
using System.Text;

namespace CaseLibrary.Diagnostics;

/// <summary>
/// Text from content (messages, file names) made safe to print on a terminal or in a CI log: control characters are
/// shown as escapes (<c>\n</c>, <c>\x1b</c>, <c>\u2028</c>) and <c>##[</c> as <c>##\[</c>, so content can neither start a new
/// line (a forged <c>::workflow-command::</c> in GitHub Actions), nor use the runner's older <c>##[command]</c> form,
/// nor send escape sequences to the terminal.
/// </summary>
public static class TerminalText
{
    // C0, DEL, C1, the line and paragraph separators, and the bidirectional controls that reorder what a reader sees.
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Append(0x7F).Concat(Enumerable.Range(0x80, 0x20))
            .Concat([0x2028, 0x2029, 0x200E, 0x200F, 0x061C]).Concat(Enumerable.Range(0x202A, 5)).Concat(Enumerable.Range(0x2066, 4))
            .Select(c => (char)c)));

    /// <summary><paramref name="text"/> with every control character shown as an escape.</summary>
    public static string Escape(string text) => Escape(text, keepLineBreaks: false);

    /// <param name="keepLineBreaks">Leave CR and LF as they are (for a format that has its own escaping for them).</param>
    public static string Escape(string text, bool keepLineBreaks) =>
        // The GitHub runner also takes its older command form, "##[warning]…", from anywhere in a line.
        EscapeControls(text, keepLineBreaks).Replace("##[", @"##\[", StringComparison.Ordinal);

    private static string EscapeControls(string text, bool keepLineBreaks)
    {
        var first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0) return text;
        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (!Unsafe.Contains(c) || (keepLineBreaks && c is '\n' or '\r')) escaped.Append(c);
            else escaped.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                < '\u0100' => @"\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => @"\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }
        return escaped.ToString();
    }

    /// <summary>
    /// One printed line: escaped, never starting with <c>::</c> (after white space, which the GitHub runner skips),
    /// and with no <c>##[</c> anywhere (the runner's older command form, <c>##[warning]…</c>, is found anywhere in a
    /// line), so a file or key named like a workflow command cannot become one.
    /// </summary>
    public static string Line(string text)
    {
        var line = Escape(text);
        return line.TrimStart().StartsWith("::", StringComparison.Ordinal) ? "./" + line : line;
    }
}
