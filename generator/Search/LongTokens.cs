namespace CaseLibrary.Search;

/// <summary>
/// Drops words longer than <see cref="MaxLength"/> from a search document's text before any builder sees it. Why:
/// lunr-languages' trimmers use a regular expression that is quadratic in the length of a word, so one
/// 80,000-character "word" stalls the build for minutes; no reader searches for a word that long. The text changes,
/// not the builder, so our index and lunr.js's stay identical for the same documents. search-worker.js drops query
/// words over the same length.
/// </summary>
public static class LongTokens
{
    public const int MaxLength = 64;

    /// <summary>The text with every run of non-separators (lunr.tokenizer's words) longer than the limit removed.</summary>
    public static string Drop(string text)
    {
        if (text.Length <= MaxLength) return text;
        System.Text.StringBuilder? kept = null;
        var start = 0;
        for (var end = 0; end <= text.Length; end++)
        {
            if (end < text.Length && !LunrTokenizer.IsSeparator(text[end])) continue;
            if (end - start > MaxLength)
            {
                kept ??= new System.Text.StringBuilder(text.Length).Append(text, 0, start);
            }
            else if (kept is not null)
            {
                kept.Append(text, start, end - start);
            }
            if (end < text.Length) kept?.Append(text[end]);
            start = end + 1;
        }
        return kept?.ToString() ?? text;
    }
}
