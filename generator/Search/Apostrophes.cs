using System.Text.RegularExpressions;

namespace CaseLibrary.Search;

/// <summary>
/// A word written with an apostrophe between letters (l'impiego, d'orientation, dell'occupabilità, aujourd'hui,
/// practitioner's, either apostrophe) is indexed as its pieces of two letters or more (impiego; orientation; dell
/// occupabilità; aujourd hui; practitioner): lunr's tokenizer keeps such a word whole, so "impiego" found no case that
/// writes "l'impiego", and a typo fallback then "corrected" it into another word. The text changes, not the builder,
/// so our index and lunr.js's stay identical for the same documents; search-query.js splits a query's words by the
/// same rule (splitApostrophes), so "l'impiego" and "l’impiego" search "impiego".
/// </summary>
public static partial class Apostrophes
{
    private static readonly char[] Marks = ['\'', '\u2019', '\u02BC'];

    /// <summary>The text with each such word replaced by its pieces of two letters or more, separated by spaces.</summary>
    public static string Split(string text) =>
        text.IndexOfAny(Marks) < 0 ? text : Word().Replace(text, m => string.Join(' ', m.Value.Split(Marks).Where(p => p.Length > 1)));

    [GeneratedRegex(@"[\p{L}\p{M}]+(?:['\u2019\u02BC][\p{L}\p{M}]+)+")]
    private static partial Regex Word();
}
