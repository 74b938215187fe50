namespace CaseLibrary.Checking;

/// <summary>The script data states of <see cref="PageScanner"/>: where the text of a <c>script</c> element ends.</summary>
internal static partial class PageScanner
{
    private enum Script { Data, Escaped, EscapedDash, EscapedDashDash, DoubleEscaped, DoubleEscapedDash, DoubleEscapedDashDash }

    /// <summary>
    /// Script data with its escaped and double-escaped states: returns where the end tag that closes the script begins
    /// (<c>&lt;/script</c> and a delimiter, outside a double-escaped <c>&lt;!--&lt;script&gt;</c> run), or the document's end.
    /// </summary>
    private static int ScriptDataEnd(string html, int i)
    {
        var n = html.Length;
        var state = Script.Data;
        while (i < n)
        {
            switch (state)
            {
                case Script.Data:
                {
                    var lt = html.IndexOf('<', i);
                    if (lt < 0 || lt + 1 >= n) return n;
                    i = lt + 1;
                    if (html[i] == '/')
                    {
                        if (AppropriateEndTag(html, i + 1, "script")) return lt;
                        i++; // end tag open / end tag name fall back to script data
                    }
                    else if (html[i] == '!')
                    {
                        i++;
                        // escape start, escape start dash
                        if (i + 1 < n && html[i] == '-' && html[i + 1] == '-') { state = Script.EscapedDashDash; i += 2; }
                    }
                    break;
                }
                case Script.Escaped:
                {
                    var next = html.AsSpan(i).IndexOfAny('-', '<');
                    if (next < 0) return n;
                    i += next;
                    state = html[i] == '-' ? Script.EscapedDash : state;
                    if (html[i] == '<') { var end = EscapedLessThan(html, ref i, ref state); if (end >= 0) return end; continue; }
                    i++;
                    break;
                }
                case Script.EscapedDash:
                case Script.EscapedDashDash:
                {
                    var c = html[i];
                    if (c == '-') { state = Script.EscapedDashDash; i++; }
                    else if (c == '<') { var end = EscapedLessThan(html, ref i, ref state); if (end >= 0) return end; }
                    else if (c == '>' && state == Script.EscapedDashDash) { state = Script.Data; i++; }
                    else { state = Script.Escaped; i++; }
                    break;
                }
                case Script.DoubleEscaped:
                {
                    var next = html.AsSpan(i).IndexOfAny('-', '<');
                    if (next < 0) return n;
                    i += next;
                    if (html[i] == '-') { state = Script.DoubleEscapedDash; i++; }
                    else DoubleEscapedLessThan(html, ref i, ref state);
                    break;
                }
                case Script.DoubleEscapedDash:
                case Script.DoubleEscapedDashDash:
                {
                    var c = html[i];
                    if (c == '-') { state = Script.DoubleEscapedDashDash; i++; }
                    else if (c == '<') DoubleEscapedLessThan(html, ref i, ref state);
                    else if (c == '>' && state == Script.DoubleEscapedDashDash) { state = Script.Data; i++; }
                    else { state = Script.DoubleEscaped; i++; }
                    break;
                }
            }
        }
        return n;
    }

    /// <summary>
    /// Script data escaped less-than sign at <paramref name="i"/>: an end tag that closes the script (its start is
    /// returned), the start of a double escape (<c>&lt;script</c> and a delimiter), or back to escaped; -1 unless closed.
    /// </summary>
    private static int EscapedLessThan(string html, ref int i, ref Script state)
    {
        var lt = i;
        i++;
        state = Script.Escaped;
        if (i >= html.Length) return -1;
        if (html[i] == '/')
        {
            if (AppropriateEndTag(html, i + 1, "script")) return lt;
            i++; // escaped end tag open/name fall back to escaped
            return -1;
        }
        if (IsAsciiLetter(html[i])) DoubleEscapeName(html, ref i, ref state, Script.DoubleEscaped); // double escape start
        return -1;
    }

    /// <summary>Script data double escaped less-than sign at <paramref name="i"/>: <c>&lt;/script</c> and a delimiter ends the double escape.</summary>
    private static void DoubleEscapedLessThan(string html, ref int i, ref Script state)
    {
        i++;
        state = Script.DoubleEscaped;
        if (i >= html.Length || html[i] != '/') return;
        i++;
        DoubleEscapeName(html, ref i, ref state, Script.Escaped); // double escape end
    }

    /// <summary>
    /// The double escape start and end states: the ASCII letters at <paramref name="i"/>, then white space, <c>/</c> or
    /// <c>&gt;</c> (consumed), switch to <paramref name="onScript"/> when they spell "script"; any other character ends
    /// the name and is read again in the current state.
    /// </summary>
    private static void DoubleEscapeName(string html, ref int i, ref Script state, Script onScript)
    {
        var j = i;
        while (j < html.Length && IsAsciiLetter(html[j])) j++;
        if (j < html.Length && (IsSpace(html[j]) || html[j] is '/' or '>'))
        {
            if (AsciiIs(html.AsSpan(i, j - i), "script")) state = onScript;
            i = j + 1;
        }
        else i = j;
    }
}
