namespace CaseLibrary.Rendering.Views;

/// <summary>
/// The ways to narrow the list of all cases, as links to pages the site has anyway: each competence, country and
/// language with a case (with their counts), and the list of cases with teaching notes (<see cref="NotesUrl"/> is empty
/// when no case has notes). Links rather than a script over one page of cards: the list is paginated, and a filter that
/// sees one page would hide most of the matches.
/// </summary>
public sealed record ListFiltersView(
    IReadOnlyList<TermView> Competences,
    IReadOnlyList<TermView> Countries,
    IReadOnlyList<TermView> Languages,
    string NotesUrl,
    int NotesCount,
    string NotesCountText);
