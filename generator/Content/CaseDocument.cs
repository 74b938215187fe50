using CaseLibrary.Markdown;

namespace CaseLibrary.Content;

/// <summary>One language version of a case, parsed and type-checked but not yet cross-referenced.</summary>
public sealed record CaseDocument(
    string CaseId,
    string Language,
    string SourcePath,
    string Title,
    string Summary,
    Reference Country,
    IReadOnlyList<Reference> Competences,
    IReadOnlyList<Reference> Authors,
    DateOnly Date,
    DateOnly? Updated,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> LearningObjectives,
    IReadOnlyList<string> DiscussionQuestions,
    Reference? Licence,
    IReadOnlyList<Reference> Translators,
    bool Draft,
    MarkdownBody Body)
{
    public bool IsTranslation => Translators.Count > 0;
}
