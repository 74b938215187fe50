namespace CaseLibrary.Contract;

/// <summary>
/// The example values <c>caselib new</c> writes and <c>check</c> recognises when they are left in: the scaffold takes
/// them from here and the parser looks for them here, so the two cannot drift apart.
/// </summary>
public static class Placeholders
{
    /// <summary>Starts every example text of the front matter ("Replace with the title of your case").</summary>
    public const string TextPrefix = "Replace with";

    /// <summary>Starts every example paragraph of the body, in the language of the file (Scaffolding/ScaffoldSections).</summary>
    public static readonly IReadOnlyDictionary<string, string> Paragraphs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["en"] = "Replace this paragraph.",
        ["fr"] = "Remplacez ce paragraphe.",
        ["it"] = "Sostituite questo paragrafo.",
        ["fi"] = "Korvaa tämä kappale.",
        ["de"] = "Ersetzen Sie diesen Absatz.",
        ["nl"] = "Vervang deze alinea.",
    };

    /// <summary>Whether a line of the body is one of the example paragraphs (in any language: a file may be copied into another).</summary>
    public static bool IsParagraph(string line)
    {
        var text = line.TrimStart();
        return Paragraphs.Values.Any(marker => text.StartsWith(marker, StringComparison.Ordinal));
    }

    /// <summary>The example author and translator id: not an id of authors.yaml, so it is never published as a person.</summary>
    public const string PersonId = "your-id";

    public static readonly IReadOnlyList<string> Tags = ["first keyword", "second keyword"];

    public static bool IsText(string value) =>
        value.TrimStart().StartsWith(TextPrefix, StringComparison.Ordinal) || Tags.Contains(value.Trim());
}
