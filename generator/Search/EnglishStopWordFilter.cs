namespace CaseLibrary.Search;

/// <summary>lunr.stopWordFilter ("stopWordFilter"): drops lunr's English stop words.</summary>
internal sealed class EnglishStopWordFilter : IPipelineStep
{
    // lunr 2.3.9's list, as its documentation gives it.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "able", "about", "across", "after", "all", "almost", "also", "am", "among", "an",
        "and", "any", "are", "as", "at", "be", "because", "been", "but", "by", "can", "cannot",
        "could", "dear", "did", "do", "does", "either", "else", "ever", "every", "for", "from",
        "get", "got", "had", "has", "have", "he", "her", "hers", "him", "his", "how", "however",
        "i", "if", "in", "into", "is", "it", "its", "just", "least", "let", "like", "likely",
        "may", "me", "might", "most", "must", "my", "neither", "no", "nor", "not", "of", "off",
        "often", "on", "only", "or", "other", "our", "own", "rather", "said", "say", "says",
        "she", "should", "since", "so", "some", "than", "that", "the", "their", "them", "then",
        "there", "these", "they", "this", "tis", "to", "too", "twas", "us", "wants", "was", "we",
        "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
        "would", "yet", "you", "your",
    };

    public string Label => "stopWordFilter";

    public static bool IsStopWord(string token) => StopWords.Contains(token);

    public void Run(IReadOnlyList<string> tokens, List<string> output)
    {
        foreach (string token in tokens)
        {
            if (!StopWords.Contains(token)) output.Add(token);
        }
    }
}
