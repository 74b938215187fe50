namespace CaseLibrary.Search;

/// <summary>
/// lunr.tokenizer for a string: lowercase the whole text (JavaScript rules), then split on
/// lunr.tokenizer.separator, /[\s\-]+/, where \s is JavaScript's white space.
/// </summary>
internal static class LunrTokenizer
{
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (text is null) return tokens;
        string lower = JsCasing.ToLowerCase(text);
        int start = 0;
        for (int end = 0; end <= lower.Length; end++)
        {
            if (end < lower.Length && !IsSeparator(lower[end])) continue;
            if (end > start) tokens.Add(lower[start..end]);
            start = end + 1;
        }
        return tokens;
    }

    /// <summary>As <see cref="Tokenize(string?)"/>, appending token numbers from <paramref name="table"/> instead of strings.</summary>
    public static void Tokenize(string? text, TokenTable table, List<int> output)
    {
        if (text is null) return;
        ReadOnlySpan<char> lower = JsCasing.ToLowerCase(text);
        int start = 0;
        for (int end = 0; end <= lower.Length; end++)
        {
            if (end < lower.Length && !IsSeparator(lower[end])) continue;
            if (end > start) output.Add(table.Id(lower[start..end]));
            start = end + 1;
        }
    }

    /// <summary>'-' or a character of JavaScript's \s (WhiteSpace and LineTerminator).</summary>
    public static bool IsSeparator(char c) => c switch
    {
        '-' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\t' and <= '\r' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };
}
