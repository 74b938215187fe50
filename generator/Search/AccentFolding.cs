using System.Text;

namespace CaseLibrary.Search;

/// <summary>
/// The fold function of theme/assets/js/search-fold.js, character for character: maps
/// lowercase Latin letters with diacritics to their base letters (é→e, ä→a, ß→ss, æ→ae, ...)
/// and drops combining diacritical marks (U+0300..U+036F). Everything else is kept.
/// </summary>
internal static class AccentFolding
{
    // Same data as GROUPS and SPECIAL in search-fold.js.
    private static readonly (string Base, string Letters)[] Groups =
    [
        ("a", "àáâãäåāăąǎǟǡǻȁȃȧḁạảấầẩẫậắằẳẵặ"),
        ("b", "ḃḅḇ"),
        ("c", "çćĉċčḉ"),
        ("d", "ďḋḍḏḑḓ"),
        ("e", "èéêëēĕėęěȅȇȩḕḗḙḛḝẹẻẽếềểễệ"),
        ("f", "ḟ"),
        ("g", "ĝğġģǧǵḡ"),
        ("h", "ĥȟḣḥḧḩḫẖ"),
        ("i", "ìíîïĩīĭįǐȉȋḭḯỉị"),
        ("j", "ĵǰ"),
        ("k", "ķǩḱḳḵ"),
        ("l", "ĺļľḷḹḻḽ"),
        ("m", "ḿṁṃ"),
        ("n", "ñńņňǹṅṇṉṋ"),
        ("o", "òóôõöōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợ"),
        ("p", "ṕṗ"),
        ("r", "ŕŗřȑȓṙṛṝṟ"),
        ("s", "śŝşšșṡṣṥṧṩ"),
        ("t", "ţťțṫṭṯṱẗ"),
        ("u", "ùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự"),
        ("v", "ṽṿ"),
        ("w", "ŵẁẃẅẇẉẘ"),
        ("x", "ẋẍ"),
        ("y", "ýÿŷȳẏẙỳỵỷỹ"),
        ("z", "źżžẑẓẕ"),
        ("ss", "ß"), ("ae", "æ"), ("oe", "œ"), ("o", "ø"), ("d", "đð"), ("th", "þ"),
        ("l", "łŀ"), ("i", "ı"), ("h", "ħ"), ("t", "ŧ"), ("ij", "ĳ"), ("s", "ſ"),
    ];

    private static readonly Dictionary<char, string> Map = BuildMap();

    public static string Fold(string text)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80) { sb?.Append(c); continue; }
            bool mark = c >= '\u0300' && c <= '\u036F';
            string? mapped = mark ? null : Map.GetValueOrDefault(c);
            if (!mark && mapped is null) { sb?.Append(c); continue; }
            sb ??= new StringBuilder(text.Length).Append(text, 0, i);
            sb.Append(mapped);
        }
        return sb?.ToString() ?? text;
    }

    private static Dictionary<char, string> BuildMap()
    {
        var map = new Dictionary<char, string>();
        foreach (var (baseText, letters) in Groups)
        {
            foreach (char letter in letters) map.Add(letter, baseText);
        }
        return map;
    }
}
