using System.Text.RegularExpressions;

namespace CaseLibrary.Contract;

/// <summary>
/// The rules for ids (cases, authors, competences) and published file names. An id becomes a folder and part of file
/// names in the site (<c>&lt;id&gt;-&lt;lang&gt;.bib</c>, <c>.ris</c>, <c>.json</c>, <c>.pdf</c>), and common file systems
/// allow 255 bytes per name, so ids and names are kept well below that.
/// </summary>
public static partial class Names
{
    public const int MaxIdLength = 100;

    public const int MaxFileNameLength = 100;

    /// <summary>The longest path of a published theme asset below the site's root: theme folders nest, and a deep enough
    /// nest passes every name check yet fails when it is written (Linux allows 4,096 bytes per path, with the output
    /// folder's own path in front).</summary>
    public const int MaxAssetPathLength = 255;

    [GeneratedRegex(ContentContract.IdPattern)]
    public static partial Regex Id();

    /// <summary>
    /// What the site itself publishes at the address an id of this kind ("case", "competence", "author") would take,
    /// or null when the id is free: a long list's further pages are at <c>&lt;kind&gt;s/page/2/</c>, and
    /// <c>competences/matrix/</c> is the table of cases and competences. Such an id would share or overwrite them.
    /// </summary>
    public static string? SiteUse(string kind, string id) => (kind, id) switch
    {
        (_, "page") => $"the further pages of the list of {kind}s are published at {kind}s/page/2/, {kind}s/page/3/ …",
        ("competence", "matrix") => "competences/matrix/ is the table of cases and competences",
        _ => null,
    };

    /// <summary>
    /// The valid id (of a case, an author, a competence) closest to <paramref name="name"/> ("Bad_Case Id" → "bad-case-id"; letters with accents or of
    /// other alphabets' Latin letters written plainly: "Cørk Ré" → "cork-re", "Straße" → "strasse"), or "" when there is none.
    /// </summary>
    public static string SuggestId(string name)
    {
        var lowered = NonSlug().Replace(Plain(name.ToLowerInvariant()), "-").Trim('-');
        return Names.Id().IsMatch(lowered) ? lowered : "";
    }

    /// <summary>
    /// Latin letters without their accents (é → e, ü → u, ł → l) and the letters written with two (ß → ss, æ → ae), from
    /// a table of U+00C0 to U+017F, not from Unicode normalization: the generator runs with invariant globalization,
    /// where string.Normalize leaves such letters as they are. Combining accents (U+0300 to U+036F) are dropped.
    /// </summary>
    private static string Plain(string text)
    {
        var plain = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u0300' and <= '\u036F') continue;
            if (c is < '\u00C0' or > '\u017F') { plain.Append(c); continue; }
            var letter = LatinLetters[c - '\u00C0'];
            if (letter != '?') plain.Append(letter);
            else plain.Append(c switch { 'ß' => "ss", 'æ' or 'Æ' => "ae", 'œ' or 'Œ' => "oe", 'þ' or 'Þ' => "th", _ => "ij" });
        }
        return plain.ToString();
    }

    /// <summary>U+00C0 to U+017F, each as its plain lower-case letter; ' ' for a sign (× ÷), '?' for a letter written with two.</summary>
    private const string LatinLetters =
        "aaaaaa?ceeeeiiiidnooooo ouuuuy??aaaaaa?ceeeeiiiidnooooo ouuuuy?yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnnnnoooooo??rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
