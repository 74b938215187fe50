namespace CaseLibrary.Search;

/// <summary>
/// lunr.trimmer ("trimmer"): removes /^\W+/ and /\W+$/, i.e. everything but A-Z, a-z, 0-9 and
/// '_' at both ends. Letters outside ASCII count as non-word characters, so "équipe" becomes
/// "quipe"; the fold step runs before this trimmer for that reason.
/// </summary>
internal sealed class EnglishTrimmer : IPipelineStep
{
    public string Label => "trimmer";

    public void Run(IReadOnlyList<string> tokens, List<string> output)
    {
        foreach (string token in tokens) output.Add(Trim(token));
    }

    public static string Trim(string token)
    {
        int start = 0;
        while (start < token.Length && !IsWordChar(token[start])) start++;
        int end = token.Length;
        while (end > start && !IsWordChar(token[end - 1])) end--;
        return token[start..end];
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
