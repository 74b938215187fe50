namespace CaseLibrary.Scaffolding;

/// <summary>A new case file to create: path relative to the content folder ('/' separators) and its text; or why not.</summary>
public sealed record ScaffoldedFile(string RelativePath, string Text, string? Refusal)
{
    public static ScaffoldedFile Refused(string reason) => new("", "", reason);
}
