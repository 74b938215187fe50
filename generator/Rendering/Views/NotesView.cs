namespace CaseLibrary.Rendering.Views;

/// <summary>The trainer's page of a case: the teaching notes with the case's title, competences, objectives and questions.</summary>
public sealed record NotesView(
    string Id,
    string Title,
    string CaseTitle,
    string CaseUrl,
    string? TargetGroup,
    string? Duration,
    HtmlString Body,
    IReadOnlyList<HeadingView> Contents,
    IReadOnlyList<CompetenceView> Competences,
    IReadOnlyList<string> LearningObjectives,
    IReadOnlyList<string> DiscussionQuestions,
    string LicenceName,
    string LicenceUrl);

/// <summary>A competence with its explanation, as trainers read it next to a case.</summary>
public sealed record CompetenceView(string Id, int Number, string Name, string Url, string Description);
