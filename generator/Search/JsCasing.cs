using System.Globalization;
using System.Text;

namespace CaseLibrary.Search;

/// <summary>
/// String.prototype.toLowerCase as V8 (ICU, Unicode 17 in Node 20.20) computes it: full case
/// mapping, so "İ" becomes "i̇" (two code units) and a capital sigma at the end of a word
/// becomes "ς". .NET's ToLowerInvariant maps one character to one and knows no context.
/// </summary>
internal static class JsCasing
{
    public static string ToLowerCase(string text)
    {
        int start = 0;
        while (start < text.Length && text[start] < 0x80 && !char.IsAsciiLetterUpper(text[start])) start++;
        if (start == text.Length) return text;

        var sb = new StringBuilder(text.Length + 8);
        sb.Append(text, 0, start);
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                int lower = LowerCodePoint(char.ConvertToUtf32(c, text[i + 1]));
                sb.Append(char.ConvertFromUtf32(lower));
                i++;
            }
            else if (c == '\u0130')
            {
                sb.Append("i\u0307");
            }
            else if (c == '\u03A3')
            {
                sb.Append(IsFinalSigma(text, i) ? '\u03C2' : '\u03C3');
            }
            else
            {
                sb.Append(char.IsSurrogate(c) ? c : (char)LowerCodePoint(c));
            }
        }
        return sb.ToString();
    }

    private static int LowerCodePoint(int codePoint)
    {
        // Mappings of Unicode 16 and 17 that .NET 10's tables lack (the tests compare every
        // code point with V8).
        switch (codePoint)
        {
            case 0x1C89: return 0x1C8A;
            case 0xA7CB: return 0x0264;
            case 0xA7CC: return 0xA7CD;
            case 0xA7CE: return 0xA7CF;
            case 0xA7D2: return 0xA7D3;
            case 0xA7D4: return 0xA7D5;
            case 0xA7DA: return 0xA7DB;
            case 0xA7DC: return 0x019B;
        }
        if (codePoint is >= 0x10D50 and <= 0x10D65) return codePoint + 0x20;
        if (codePoint is >= 0x16EA0 and <= 0x16EB8) return codePoint + 0x1B;
        return Rune.ToLowerInvariant(new Rune(codePoint)).Value;
    }

    // Unicode Final_Sigma: preceded by a cased letter (case-ignorable characters in between
    // skipped) and not followed by one.
    private static bool IsFinalSigma(string text, int index)
    {
        int i = index;
        bool casedBefore = false;
        while (i > 0)
        {
            Rune.DecodeLastFromUtf16(text.AsSpan(0, i), out Rune rune, out int length);
            i -= length;
            if (UnicodeCaseProperties.IsCaseIgnorable(rune.Value)) continue;
            casedBefore = UnicodeCaseProperties.IsCased(rune.Value);
            break;
        }
        if (!casedBefore) return false;
        i = index + 1;
        while (i < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out Rune rune, out int length);
            i += length;
            if (UnicodeCaseProperties.IsCaseIgnorable(rune.Value)) continue;
            return !UnicodeCaseProperties.IsCased(rune.Value);
        }
        return true;
    }
}
