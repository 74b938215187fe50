namespace CaseLibrary.Contract;

/// <summary>
/// The example values <c>caselib new</c> writes and <c>check</c> recognises when they are left in: the scaffold takes
/// them from here and the parser looks for them here, so the two cannot drift apart.
/// </summary>
public static class Placeholders
{
    /// <summary>Starts every example text of the front matter ("Replace with the title of your case").</summary>
    public const string TextPrefix = "Replace with";

    /// <summary>Starts every example paragraph of the body.</summary>
    public const string Paragraph = "Replace this paragraph.";

    /// <summary>The example author and translator id: not an id of authors.yaml, so it is never published as a person.</summary>
    public const string PersonId = "your-id";

    public static readonly IReadOnlyList<string> Tags = ["first keyword", "second keyword"];

    public static bool IsText(string value) =>
        value.TrimStart().StartsWith(TextPrefix, StringComparison.Ordinal) || Tags.Contains(value.Trim());
}
