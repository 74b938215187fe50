using System.Globalization;
using System.Text;

namespace CaseLibrary.Yaml;

/// <summary>
/// Characters no text of a case may contain: C0 controls other than tab and line feed, DEL, C1 controls, Unicode
/// noncharacters (U+FDD0–U+FDEF and U+xxFFFE/U+xxFFFF) and the bidirectional embeddings and overrides U+202A–U+202E.
/// They are invisible in an editor, XML (feeds, sitemap) cannot hold most of them, and they only ever arrive by
/// accident or on purpose: an override makes a title or a link read differently from what it is (the "Trojan Source"
/// trick). The bidirectional isolates (U+2066–U+2069) and marks (U+200E, U+200F), which right-to-left names may need
/// and which cannot reorder the text around them, are allowed.
/// </summary>
public static class InvisibleCharacters
{
    public const string Code = "CL0150";

    /// <summary>The index of the first such character in <paramref name="text"/> from <paramref name="start"/> on, or -1.</summary>
    public static int IndexOfFirst(string text, int start = 0)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' ? c is not ('\t' or '\n') : c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\uFDD0' and <= '\uFDEF' || c is '\uFFFE' or '\uFFFF')
                return i;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if ((char.ConvertToUtf32(c, text[i + 1]) & 0xFFFE) == 0xFFFE) return i;
                i++;
            }
        }
        return -1;
    }

    /// <summary>"U+0001", "U+1FFFE": the code point at <paramref name="index"/>.</summary>
    public static string Name(string text, int index) =>
        "U+" + Rune.GetRuneAt(text, index).Value.ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>The message for the character at <paramref name="index"/>: what it is and what to do.</summary>
    public static string Message(string text, int index, string where) =>
        $"{where} contains the invisible control character {Name(text, index)}, which cannot be published; delete it (retype the text around it if you cannot see it)";
}
