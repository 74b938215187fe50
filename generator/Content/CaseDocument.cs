using CaseLibrary.Diagnostics;
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

    /// <summary>Where the title is written (reported by checks that compare titles across cases).</summary>
    public SourceLocation? TitleLocation { get; init; }

    /// <summary>Where the <c>learning_objectives</c> key is written, when it is (with no item, the editorial rule points at it).</summary>
    public SourceLocation? LearningObjectivesKey { get; init; }

    /// <summary>Where the <c>discussion_questions</c> key is written, when it is.</summary>
    public SourceLocation? DiscussionQuestionsKey { get; init; }

    /// <summary>
    /// Names <c>your-id</c>, the scaffold's example author or translator (reported as CL0170 by the parser: a warning in
    /// a draft, an error otherwise). The model keeps the version without that id (no person stands behind it), so a new
    /// draft is previewed by <c>serve</c> and its links are checked by <c>check</c> like any other draft.
    /// </summary>
    public bool NamesPlaceholder { get; init; }
}
