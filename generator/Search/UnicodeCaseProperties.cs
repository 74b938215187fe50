using System.Globalization;

namespace CaseLibrary.Search;

/// <summary>
/// The Unicode properties Cased and Case_Ignorable as ICU's Final_Sigma test uses them (a
/// character that is both counts as case-ignorable). Built from .NET's general categories plus
/// the few property members those categories miss; the tests compare every code point with V8.
/// </summary>
internal static class UnicodeCaseProperties
{
    public static bool IsCaseIgnorable(int codePoint)
    {
        switch (codePoint)
        {
            // Word_Break MidLetter, MidNumLet and Single_Quote.
            case 0x0027: case 0x002E: case 0x003A: case 0x00B7: case 0x0387: case 0x055F:
            case 0x05F4: case 0x2018: case 0x2019: case 0x2024: case 0x2027: case 0xFE13:
            case 0xFE52: case 0xFE55: case 0xFF07: case 0xFF0E: case 0xFF1A:
                return true;
        }
        // Unicode 16 and 17 marks that .NET 10's category data does not know yet.
        if (codePoint is (>= 0x1ACF and <= 0x1ADD) or (>= 0x1AE0 and <= 0x1AEB) or 0xA7F1 or 0x10EC5
            or 0x10EFA or 0x10EFB or 0x11B60 or (>= 0x11B62 and <= 0x11B64) or 0x11B66 or 0x11DD9
            or 0x16FF2 or 0x16FF3 or 0x1E6E3 or 0x1E6E6 or 0x1E6EE or 0x1E6EF or 0x1E6F5 or 0x1E6FF)
        {
            return true;
        }
        return CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.NonSpacingMark => true,
            UnicodeCategory.EnclosingMark => true,
            UnicodeCategory.Format => true,
            UnicodeCategory.ModifierLetter => true,
            UnicodeCategory.ModifierSymbol => true,
            _ => false,
        };
    }

    public static bool IsCased(int codePoint)
    {
        // U+0295 became Lo in Unicode 16; Unicode 17 added cased letters .NET 10 lacks.
        if (codePoint == 0x0295) return false;
        if (codePoint is 0xA7CE or 0xA7CF or 0xA7D2 or 0xA7D4 or (>= 0x16EA0 and <= 0x16EB8) or (>= 0x16EBB and <= 0x16ED3))
        {
            return true;
        }
        switch (CharUnicodeInfo.GetUnicodeCategory(codePoint))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
                return true;
        }
        // Other_Lowercase / Other_Uppercase members outside those categories.
        return codePoint is 0x00AA or 0x00BA
            or (>= 0x2160 and <= 0x217F)
            or (>= 0x24B6 and <= 0x24E9)
            or (>= 0x1F130 and <= 0x1F149)
            or (>= 0x1F150 and <= 0x1F169)
            or (>= 0x1F170 and <= 0x1F189);
    }
}
