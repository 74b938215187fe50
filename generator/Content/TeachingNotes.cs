using CaseLibrary.Markdown;

namespace CaseLibrary.Content;

/// <summary>
/// The optional trainer's notes for one language version of a case (<c>cases/&lt;id&gt;/&lt;lang&gt;.notes.md</c>):
/// a little optional front matter and a Markdown body under the same policies as a case.
/// </summary>
public sealed record TeachingNotes(
    string CaseId,
    string Language,
    string SourcePath,
    string? Title,
    string? TargetGroup,
    string? Duration,
    MarkdownBody Body);
